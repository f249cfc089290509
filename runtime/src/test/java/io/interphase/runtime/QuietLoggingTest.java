package io.interphase.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
    void theLogManagerIsToldToReadItWhenItFirstStarts() {
        String before = System.getProperty("java.util.logging.config.class");
        try {
            QuietLogging.install();
            assertEquals(QuietLogging.class.getName(), System.getProperty("java.util.logging.config.class"));
            assertEquals("warn", System.getProperty("org.slf4j.simpleLogger.defaultLogLevel"));
        } finally {
            if (before == null) {
                System.clearProperty("java.util.logging.config.class");
            } else {
                System.setProperty("java.util.logging.config.class", before);
            }
        }
    }
}
