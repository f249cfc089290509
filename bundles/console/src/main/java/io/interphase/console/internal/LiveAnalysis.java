package io.interphase.console.internal;

import io.interphase.api.analysis.Analysis;
import java.util.logging.Logger;
import org.osgi.framework.ServiceReference;

/** A live analysis and the name it answers to under {@code /api/analyze/}. */
record LiveAnalysis(String name, Analysis analysis) {

    private static final Logger LOG = Logger.getLogger(LiveAnalysis.class.getName());

    /** The analysis of this service, or null, with a warning, when its name is not one path segment. */
    static LiveAnalysis of(ServiceReference<Analysis> ref, Analysis analysis) {
        if (ref.getProperty(Analysis.NAME) instanceof String name && !name.isBlank() && name.indexOf('/') < 0) {
            return new LiveAnalysis(name, analysis);
        }
        LOG.warning(() -> "an analysis of " + ref.getBundle() + " is ignored: its " + Analysis.NAME + " "
                + ref.getProperty(Analysis.NAME) + " is not one path segment");
        return null;
    }
}
