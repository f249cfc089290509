package io.interphase.runtime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/**
 * java.util.logging's configuration for the workbench: warnings and errors only, to the console.
 * Named by {@code java.util.logging.config.class}, it is read when java.util.logging first starts
 * (on a workbench start, when the console's servlet is made, beside Jetty's start), not up front on
 * the main thread before the framework, where starting the LogManager cost about 30 ms of CPU.
 */
public final class QuietLogging {

    static final String CONFIGURATION = """
            handlers=java.util.logging.ConsoleHandler
            .level=WARNING
            java.util.logging.ConsoleHandler.level=WARNING
            """;

    /** Called by the LogManager while it initialises, as its configuration. */
    public QuietLogging() throws IOException {
        LogManager.getLogManager().readConfiguration(new ByteArrayInputStream(CONFIGURATION.getBytes(StandardCharsets.ISO_8859_1)));
    }

    /**
     * Warnings and errors only: Jetty logs through slf4j-simple (on the class path), others through
     * java.util.logging. A configuration given on the command line (WORKBENCH_JAVA_OPTS) wins.
     */
    static void install() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        if (System.getProperty("java.util.logging.config.class") == null
                && System.getProperty("java.util.logging.config.file") == null) {
            System.setProperty("java.util.logging.config.class", QuietLogging.class.getName());
        }
    }
}
