package io.interphase.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;

class AbandonedCacheTest {

    @Test
    void aCacheWhoseLockIsFreeIsRemovedAndOneWhoseLockIsHeldStays() throws Exception {
        Path gone = Files.createTempDirectory(CommandRunner.CACHE_PREFIX);
        Files.createDirectories(gone.resolve("felix/bundle1"));
        Files.writeString(gone.resolve("command.lock"), "");
        Path alive = Files.createTempDirectory(CommandRunner.CACHE_PREFIX);
        try (FileChannel c = FileChannel.open(alive.resolve("command.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = c.lock()) {
            CommandRunner.removeAbandonedCaches();
            assertFalse(Files.exists(gone), "its process is gone: a kill -9 left it");
            assertTrue(Files.exists(alive), "its command still runs");
        } finally {
            Files.deleteIfExists(alive.resolve("command.lock"));
            Files.deleteIfExists(alive);
        }
    }
}
