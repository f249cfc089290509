package io.interphase.runtime;

import java.util.logging.Logger;

/** Run in a fresh JVM by {@link QuietLoggingTest}: installs the quiet configuration, then logs. */
public final class QuietLoggingProbe {

    private QuietLoggingProbe() {
    }

    public static void main(String[] args) {
        QuietLogging.install();
        Logger logger = Logger.getLogger("io.interphase.probe");
        logger.info("hidden");
        logger.warning("shown");
    }
}
