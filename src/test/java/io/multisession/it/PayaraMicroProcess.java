package io.multisession.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The shipped WAR on a Payara Micro started by hand, for tests that must stop and start the server (Arquillian's
 * adapter cannot). Loopback only, no phone home, no clustering.
 */
final class PayaraMicroProcess implements RunningServer {

    private final Process process;
    /** What Payara Micro logs when it started an HTTP listener that never answers. */
    private static final String DEAD_LISTENER = "GrizzlyProxy is NULL";

    private final int port;

    private final Path log;

    private PayaraMicroProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static PayaraMicroProcess start(Path workDir, List<String> systemProperties) throws Exception {
        return start(workDir, systemProperties, Path.of(System.getProperty("multisession.war")), "/api/session/list/");
    }

    /**
     * Starts Payara Micro with {@code war} at the root context and waits until {@code protectedPath} answers 401 or
     * 405 to a plain GET, which shows that the app is deployed (an undeployed path answers 404).
     */
    static PayaraMicroProcess start(Path workDir, List<String> systemProperties, Path war, String protectedPath)
            throws Exception {
        return start(workDir, systemProperties, war, protectedPath, List.of("--nocluster"));
    }

    /** As above, with {@code clusterOptions} in place of {@code --nocluster}. */
    static PayaraMicroProcess start(Path workDir, List<String> systemProperties, Path war, String protectedPath,
                                    List<String> clusterOptions) throws Exception {
        PayaraMicroProcess server = launch(workDir, systemProperties, war, clusterOptions);
        if (!server.awaitReady(protectedPath)) {
            // Payara Micro now and then starts with an HTTP listener that never answers (DEAD_LISTENER in its log); a
            // server bug, not the application's: start it once more
            server.kill();
            server = launch(workDir, systemProperties, war, clusterOptions);
            if (!server.awaitReady(protectedPath)) {
                throw new IllegalStateException("Payara Micro did not become ready");
            }
        }
        return server;
    }

    /** Starts Payara Micro with {@code war} and waits only until the server says it is ready, deployed or not. */
    static PayaraMicroProcess startWhateverTheDeployment(Path workDir, List<String> systemProperties, Path war)
            throws Exception {
        PayaraMicroProcess server = launchAndAwaitReadyLine(workDir, systemProperties, war);
        if (server.log().contains(DEAD_LISTENER)) {
            // the server bug that start() also meets: this listener would refuse every connection
            server.kill();
            server = launchAndAwaitReadyLine(workDir, systemProperties, war);
        }
        return server;
    }

    private static PayaraMicroProcess launchAndAwaitReadyLine(Path workDir, List<String> systemProperties, Path war)
            throws Exception {
        PayaraMicroProcess server = launch(workDir, systemProperties, war, List.of("--nocluster"));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (!server.log().contains(" ready in ")) {
            if (!server.process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Payara Micro did not start");
            }
            Thread.sleep(500);
        }
        return server;
    }

    private static PayaraMicroProcess launch(Path workDir, List<String> systemProperties, Path war,
                                             List<String> clusterOptions) throws Exception {
        Files.createDirectories(workDir);
        int port = RunningServer.sameAddressAgain(workDir, PayaraMicroProcess::freePort);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.io.tmpdir=" + workDir.toAbsolutePath()));
        RunningServer.systemProperties(systemProperties).forEach(property -> command.add("-D" + property));
        command.addAll(List.of("-jar", System.getProperty("payara.microJar"),
                "--deploy", war.toAbsolutePath().toString(), "--contextroot", "/",
                "--port", String.valueOf(port), "--disablephonehome",
                "--postbootcommandfile", System.getProperty("payara.postBootCommands")));
        command.addAll(clusterOptions);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(workDir.resolve("server.log").toFile());
        builder.environment().putAll(RunningServer.environment(systemProperties));
        Process process = builder.start();
        return new PayaraMicroProcess(process, port, workDir.resolve("server.log"));
    }

    @Override
    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1) : "";
    }

    @Override
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public URL url() throws IOException {
        return URI.create("http://127.0.0.1:" + port + "/").toURL();
    }

    /** False if the server's HTTP listener came up broken, or nothing answered within four minutes. */
    private boolean awaitReady(String protectedPath) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline) && !log().contains("GrizzlyProxy is NULL")) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue());
            }
            try {
                int status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + protectedPath))
                        .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 401 || status == 405) {
                    return true;
                }
            } catch (IOException notYetListening) {
                // keep polling
            }
            Thread.sleep(500);
        }
        return false;
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
