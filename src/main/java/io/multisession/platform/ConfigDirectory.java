package io.multisession.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
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
    private final ReentrantLock reading = new ReentrantLock();

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

    /** One thread re-reads the files when they are due; the others go on with the values read before. */
    private Map<String, String> current() {
        Snapshot current = snapshot;
        if (current != null && (isFresh(current) || !reading.tryLock())) {
            return current.values();
        }
        if (current == null) {
            reading.lock();
        }
        try {
            current = snapshot;
            if (current == null || !isFresh(current)) {
                Map<String, String> previous = current == null ? Map.of() : current.values();
                current = new Snapshot(read(directory()).orElse(previous), System.nanoTime());
                snapshot = current;
            }
            return current.values();
        } finally {
            reading.unlock();
        }
    }

    private static boolean isFresh(Snapshot snapshot) {
        return System.nanoTime() - snapshot.readAt() <= RELOAD_NANOS;
    }

    private static Path directory() {
        String named = System.getProperty(DIRECTORY_PROPERTY, System.getenv(DIRECTORY_VARIABLE));
        return named == null || named.isBlank() ? null : Path.of(named);
    }

    /**
     * The directory's keys, or empty if it could not be read whole (the values read before stay in force). A file
     * removed while the directory is read is a key removed.
     */
    static Optional<Map<String, String>> read(Path directory) {
        if (directory == null || !Files.isDirectory(directory)) {
            return Optional.of(Map.of());
        }
        Map<String, String> values = new HashMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                String key = file.getFileName().toString();
                try {
                    if (!key.startsWith(".") && Files.isRegularFile(file) && Files.size(file) <= MAX_VALUE_BYTES) {
                        values.put(key, Files.readString(file, StandardCharsets.UTF_8).strip());
                    }
                } catch (NoSuchFileException removed) {
                    // removed since the listing
                }
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warning(() -> "Cannot read the config directory " + directory + "; keeping the values read before: " + e);
            return Optional.empty();
        }
        return Optional.of(Map.copyOf(values));
    }
}
