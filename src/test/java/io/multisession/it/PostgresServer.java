package io.multisession.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server on loopback for the tests, from Debian's {@code postgresql} package (installed by
 * {@code .ci/run}). As root it runs as the {@code postgres} user, which PostgreSQL requires.
 */
final class PostgresServer implements AutoCloseable {

    static final String USER = "multisession";
    static final String DATABASE = "multisession";

    private final Path dir;
    private final int port;

    private PostgresServer(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    static PostgresServer start() throws Exception {
        Path dir = Files.createTempDirectory("multisession-pg-");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PostgresServer server = new PostgresServer(dir, port);
        if (isRoot()) {
            run(List.of("chown", "postgres", dir.toString()));
        }
        server.pg("initdb", "-D", dir.resolve("data").toString(), "-U", USER, "--auth=trust", "-E", "UTF8");
        server.start(true);
        return server;
    }

    /** Starts (again) on the same data directory, as after an outage; creates the database the first time. */
    void start(boolean createDatabase) throws Exception {
        pg("pg_ctl", "-D", dir.resolve("data").toString(), "-w", "-l", dir.resolve("server.log").toString(),
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1", "start");
        if (createDatabase) {
            pg("createdb", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", USER, DATABASE);
        }
    }

    void stop() throws Exception {
        pg("pg_ctl", "-D", dir.resolve("data").toString(), "-w", "-m", "fast", "stop");
    }

    /** The same settings as environment variables, as a container would set them. */
    List<String> serviceEnvironment() {
        return List.of(RunningServer.ENV + "MULTISESSION_DB_URL=jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE,
                RunningServer.ENV + "MULTISESSION_DB_USER=" + USER,
                RunningServer.ENV + "MULTISESSION_DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource");
    }

    /** The system properties that point the service at this database. */
    List<String> serviceProperties() {
        return List.of("multisession.db.url=jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE,
                "multisession.db.user=" + USER,
                "multisession.db.datasource-class=org.postgresql.ds.PGSimpleDataSource");
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE + "?user=" + USER;
    }

    @Override
    public void close() throws Exception {
        try {
            stop();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private void pg(String tool, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(binary(tool).toString());
        command.addAll(List.of(args));
        run(command);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private static Path binary(String tool) throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin").resolve(tool)).filter(Files::isExecutable)
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("PostgreSQL not installed (apt-get install postgresql)"));
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
