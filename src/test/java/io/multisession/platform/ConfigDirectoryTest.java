package io.multisession.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigDirectoryTest {

    @TempDir
    Path directory;

    @Test
    void eachFileIsOneKeyWithItsTrimmedContent() throws Exception {
        Files.writeString(directory.resolve("multisession.policy.SHORT.max-number-active-sessions"), "3\n");
        Files.writeString(directory.resolve("multisession.logout.all-sessions"), " true ");
        assertEquals(Map.of("multisession.policy.SHORT.max-number-active-sessions", "3",
                "multisession.logout.all-sessions", "true"), ConfigDirectory.read(directory).orElseThrow());
    }

    @Test
    void hiddenFilesDirectoriesAndOversizedFilesAreNoKeys() throws Exception {
        Files.writeString(directory.resolve(".multisession.policy.types.tmp"), "SHORT");
        Files.createDirectory(directory.resolve("..data"));
        Files.createDirectory(directory.resolve("multisession.policy.types"));
        Files.writeString(directory.resolve("backup"), "x".repeat(64 * 1024 + 1));
        assertEquals(Map.of(), ConfigDirectory.read(directory).orElseThrow());
    }

    @Test
    void noDirectoryIsNoConfig() {
        assertEquals(Map.of(), ConfigDirectory.read(null).orElseThrow());
        assertEquals(Map.of(), ConfigDirectory.read(directory.resolve("missing")).orElseThrow());
    }
}
