package io.multisession.it;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/**
 * A server the test starts itself with the given settings and the shipped WAR: Payara Micro, or WildFly when the test
 * runs in the WildFly execution ({@code multisession.it.server=wildfly}). Settings are system properties
 * ({@code key=value}) or, written {@code env:NAME=value}, environment variables.
 */
interface RunningServer extends AutoCloseable {

    String ENV = "env:";

    URL url() throws IOException;

    /** Where the server serves health and metrics: WildFly on its management port, Payara with the application. */
    default URL managementUrl() throws IOException {
        return url();
    }

    /** What the server has logged so far. */
    String log() throws IOException;

    /** Ends the process at once, as a crash would (SIGKILL). */
    void kill() throws InterruptedException;

    /** The server of this test run, with {@code war} deployed at the root. */
    static RunningServer start(Path workDir, List<String> systemProperties, Path war) throws Exception {
        return start(workDir, systemProperties, war, "/api/session/list/");
    }

    /** As above, for a WAR whose deployment shows in {@code protectedPath} answering 401 or 405 (Payara's check). */
    static RunningServer start(Path workDir, List<String> systemProperties, Path war, String protectedPath)
            throws Exception {
        return "wildfly".equals(System.getProperty("multisession.it.server"))
                ? WildFlyProcess.start(workDir, systemProperties, war)
                : PayaraMicroProcess.start(workDir, systemProperties, war, protectedPath);
    }

    /**
     * The port (or port offset) a server in {@code workDir} had before, so that a restart keeps its address (other
     * apps point at it), or a new one, remembered for next time.
     */
    static int sameAddressAgain(Path workDir, IntSupplier newOne) throws IOException {
        Path remembered = workDir.resolve("port");
        if (Files.exists(remembered)) {
            return Integer.parseInt(Files.readString(remembered).strip());
        }
        int port = newOne.getAsInt();
        Files.createDirectories(workDir);
        Files.writeString(remembered, String.valueOf(port));
        return port;
    }

    static List<String> systemProperties(List<String> settings) {
        return settings.stream().filter(setting -> !setting.startsWith(ENV)).toList();
    }

    static Map<String, String> environment(List<String> settings) {
        return settings.stream().filter(setting -> setting.startsWith(ENV))
                .map(setting -> setting.substring(ENV.length()).split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
    }

    /** The shipped WAR, as {@link #start(Path, List, Path)} deploys it. */
    static RunningServer start(Path workDir, List<String> systemProperties) throws Exception {
        return start(workDir, systemProperties, Path.of(System.getProperty("multisession.war")));
    }
}
