package io.multisession.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The shipped WAR on a WildFly started by hand (the build unpacked and configured it at {@code jboss.home}), for
 * tests that stop and start servers. Each instance gets its own copy of the configured {@code standalone} directory
 * under {@code workDir} (so a restart keeps its deployment and data) and its own port offset; loopback only.
 */
final class WildFlyProcess implements RunningServer {

    /** Deployed at the root context whether or not the WAR names one (the sample resource app does not). */
    private static final String DEPLOYMENT = "ROOT.war";

    private final Process process;
    private final int portOffset;
    private final Path log;

    private WildFlyProcess(Process process, int portOffset, Path log) {
        this.process = process;
        this.portOffset = portOffset;
        this.log = log;
    }

    static WildFlyProcess start(Path workDir, List<String> systemProperties, Path war) throws Exception {
        Path home = Path.of(System.getProperty("jboss.home"));
        Path base = workDir.resolve("standalone").toAbsolutePath();
        if (!Files.exists(base)) {
            copy(home.resolve("standalone").resolve("configuration"), base.resolve("configuration"));
            Files.createDirectories(base.resolve("deployments"));
            Files.copy(war, base.resolve("deployments").resolve(DEPLOYMENT), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.deleteIfExists(base.resolve("deployments").resolve(DEPLOYMENT + ".deployed"));
        Files.deleteIfExists(base.resolve("deployments").resolve(DEPLOYMENT + ".failed"));
        int offset = RunningServer.sameAddressAgain(workDir, WildFlyProcess::freeOffset);
        List<String> command = new ArrayList<>(List.of(home.resolve("bin").resolve("standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + offset,
                "-b=127.0.0.1", "-bmanagement=127.0.0.1", "--stability=community"));
        RunningServer.systemProperties(systemProperties).forEach(property -> command.add("-D" + property));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("server.log").toFile()));
        builder.environment().putAll(RunningServer.environment(systemProperties));
        builder.environment().put("JBOSS_HOME", home.toString());
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        WildFlyProcess server = new WildFlyProcess(builder.start(), offset, workDir.resolve("server.log"));
        server.awaitDeployment(base.resolve("deployments"));
        return server;
    }

    private void awaitDeployment(Path deployments) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(deployments.resolve(DEPLOYMENT + ".deployed"))) {
                return;
            }
            if (Files.exists(deployments.resolve(DEPLOYMENT + ".failed")) || !process.isAlive()) {
                throw new IllegalStateException("WildFly did not deploy the WAR; see " + log);
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("WildFly did not become ready");
    }

    @Override
    public URL url() throws IOException {
        return URI.create("http://127.0.0.1:" + (8080 + portOffset) + "/").toURL();
    }

    @Override
    public URL managementUrl() throws IOException {
        return URI.create("http://127.0.0.1:" + (9990 + portOffset) + "/").toURL();
    }

    /** Runs one management command with WildFly's own CLI against this running server, as an admin would. */
    void cli(String command) throws Exception {
        Path home = Path.of(System.getProperty("jboss.home"));
        Path output = Files.createTempFile(log.getParent(), "cli", ".log");
        Process cli = new ProcessBuilder(home.resolve("bin").resolve("jboss-cli.sh").toString(), "--connect",
                "--controller=127.0.0.1:" + (9990 + portOffset), "--command=" + command)
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!cli.waitFor(60, TimeUnit.SECONDS)) {
            cli.destroyForcibly();
            throw new IllegalStateException("jboss-cli " + command + " did not finish");
        }
        String answer = Files.readString(output, StandardCharsets.UTF_8);
        if (cli.exitValue() != 0 || !answer.contains("success")) {
            throw new IllegalStateException("jboss-cli " + command + " failed:\n" + answer);
        }
    }

    @Override
    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
    }

    @Override
    public void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws Exception {
        // standalone.sh forwards TERM to the server when launched in the background
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** A port offset whose HTTP and management ports are both free now. */
    private static int freeOffset() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int offset = 1000 + (int) (Math.random() * 20_000);
            if (free(8080 + offset) && free(9990 + offset)) {
                return offset;
            }
        }
        throw new IllegalStateException("no free port offset");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
