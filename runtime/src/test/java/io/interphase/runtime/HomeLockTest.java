package io.interphase.runtime;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeLockTest {

    @TempDir
    Path home;

    @Test
    void aSecondWorkbenchOnTheSameHomeIsRefusedUntilTheFirstLetsGo() throws IOException {
        try (HomeLock first = HomeLock.acquire(home)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> HomeLock.acquire(home));
            assertTrue(e.getMessage().contains(home.toString()) && e.getMessage().contains("--home"), e.getMessage());
        }
        HomeLock.acquire(home).close();
    }

    @Test
    void anotherHomeIsFree() throws IOException {
        try (HomeLock first = HomeLock.acquire(home.resolve("a")); HomeLock second = HomeLock.acquire(home.resolve("b"))) {
            assertTrue(first != second);
        }
    }
}
