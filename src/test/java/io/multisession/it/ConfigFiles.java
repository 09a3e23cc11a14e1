package io.multisession.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The config directory the servers of the test run read ({@code multisession.config-dir}, from the build's
 * {@code multisession.it.config-dir}): one file per key, as an admin tunes a running server.
 */
final class ConfigFiles {

    /** The directory is re-read every second, and Payara caches config for half a second in the tests. */
    private static final long IN_FORCE_MILLIS = 1_700;

    private ConfigFiles() {
    }

    static Path directory() {
        return Path.of(System.getProperty("multisession.it.config-dir")).toAbsolutePath();
    }

    /** Writes the value and waits until servers have read it. */
    static void write(String key, String value) {
        write(directory(), key, value);
    }

    /** Removes the key's file (its default applies again) and waits until servers read that. */
    static void remove(String key) {
        remove(directory(), key);
    }

    static void remove(Path directory, String key) {
        try {
            Files.deleteIfExists(directory.resolve(key));
            Thread.sleep(IN_FORCE_MILLIS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void write(Path directory, String key, String value) {
        writeNow(directory, key, value);
        try {
            Thread.sleep(IN_FORCE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes the value whole: a temporary file (ignored: its name starts with a dot) moved into place. */
    static void writeNow(Path directory, String key, String value) {
        try {
            Files.createDirectories(directory);
            Path temporary = directory.resolve("." + key + ".tmp");
            Files.writeString(temporary, value);
            Files.move(temporary, directory.resolve(key), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
