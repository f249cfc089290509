package io.interphase.runtime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/**
 * java.util.logging's configuration for the workbench: warnings and errors only, to the console.
 * Named by {@code java.util.logging.config.class}, it is read when something first logs through
 * java.util.logging, not up front: setting it eagerly cost about 30 ms of every start, for a
 * logging system the serving bundles do not use.
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

    /** Warnings and errors only: Jetty logs through slf4j-simple (on the class path), others through java.util.logging. */
    static void install() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("java.util.logging.config.class", QuietLogging.class.getName());
    }
}
