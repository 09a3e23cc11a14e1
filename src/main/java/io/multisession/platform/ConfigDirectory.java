package io.multisession.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Config from a directory with one file per key: the file's name is the key, its content the value (as Kubernetes
 * mounts a ConfigMap). The directory is named by the system property {@code multisession.config-dir} or the
 * environment variable {@code MULTISESSION_CONFIG_DIR}, read by this source itself, since a config source cannot ask
 * config. The files are read again at most once a second, so an admin who edits one sees the new value in force
 * within that second plus the reader's own interval (session policies: {@code multisession.policy.refresh-interval}),
 * on every server, without a restart. Ordinal 250: above the WAR's defaults (100), below environment variables (300)
 * and system properties (400).
 */
public class ConfigDirectory implements ConfigSource {

    public static final String DIRECTORY_PROPERTY = "multisession.config-dir";
    private static final String DIRECTORY_VARIABLE = "MULTISESSION_CONFIG_DIR";
    private static final Logger LOG = Logger.getLogger(ConfigDirectory.class.getName());
    private static final long RELOAD_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** Larger files are no config value (a key file or an editor's backup left there by mistake). */
    private static final long MAX_VALUE_BYTES = 64 * 1024;

    private volatile Snapshot snapshot;

    private record Snapshot(Map<String, String> values, long readAt) {
    }

    @Override
    public Map<String, String> getProperties() {
        return current();
    }

    @Override
    public Set<String> getPropertyNames() {
        return current().keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return current().get(propertyName);
    }

    @Override
    public String getName() {
        return "multisession-config-dir";
    }

    @Override
    public int getOrdinal() {
        return 250;
    }

    private Map<String, String> current() {
        Snapshot current = snapshot;
        long now = System.nanoTime();
        if (current == null || now - current.readAt() > RELOAD_NANOS) {
            current = new Snapshot(read(directory()), now);
            snapshot = current;
        }
        return current.values();
    }

    private static Path directory() {
        String named = System.getProperty(DIRECTORY_PROPERTY, System.getenv(DIRECTORY_VARIABLE));
        return named == null || named.isBlank() ? null : Path.of(named);
    }

    static Map<String, String> read(Path directory) {
        if (directory == null || !Files.isDirectory(directory)) {
            return Map.of();
        }
        Map<String, String> values = new HashMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                String key = file.getFileName().toString();
                if (!key.startsWith(".") && Files.isRegularFile(file) && Files.size(file) <= MAX_VALUE_BYTES) {
                    values.put(key, Files.readString(file, StandardCharsets.UTF_8).strip());
                }
            }
        } catch (IOException e) {
            LOG.warning(() -> "Cannot read the config directory " + directory + ": " + e);
        }
        return Map.copyOf(values);
    }
}
