package io.interphase.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QuietLoggingTest {

    @AfterEach
    void restoreTheJdkDefaults() throws IOException {
        LogManager.getLogManager().readConfiguration();
    }

    @Test
    void warningsPassAndInformationDoesNot() throws IOException {
        new QuietLogging();
        Logger logger = Logger.getLogger("io.interphase.some.bundle");
        assertTrue(logger.isLoggable(Level.WARNING));
        assertFalse(logger.isLoggable(Level.INFO));
        assertEquals(1, Logger.getLogger("").getHandlers().length, "one console handler");
        assertEquals(Level.WARNING, Logger.getLogger("").getHandlers()[0].getLevel());
    }

    @Test
    void theLogManagerIsToldToReadItWhenItFirstStartsUnlessTheUserSaidOtherwise() {
        String before = System.getProperty("java.util.logging.config.class");
        try {
            System.clearProperty("java.util.logging.config.class");
            QuietLogging.install();
            assertEquals(QuietLogging.class.getName(), System.getProperty("java.util.logging.config.class"));
            System.setProperty("java.util.logging.config.class", "a.users.Own");
            QuietLogging.install();
            assertEquals("a.users.Own", System.getProperty("java.util.logging.config.class"));
        } finally {
            if (before == null) {
                System.clearProperty("java.util.logging.config.class");
            } else {
                System.setProperty("java.util.logging.config.class", before);
            }
        }
    }

    /** The lazy path itself, as the workbench meets it: a fresh JVM whose LogManager starts after install(). */
    @Test
    void aFreshJvmLogsWarningsButNotInformation() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), QuietLoggingProbe.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("WARNING: shown"), out);
        assertFalse(out.contains("hidden"), out);
    }
}
