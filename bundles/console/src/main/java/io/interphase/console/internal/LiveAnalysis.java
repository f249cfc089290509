package io.interphase.console.internal;

import io.interphase.api.analysis.Analysis;
import org.osgi.framework.ServiceReference;

/** A live analysis and the name it answers to under {@code /api/analyze/}. */
record LiveAnalysis(String name, Analysis analysis) {

    /** The analysis of this service, or null when the service does not name it ({@link Analysis#NAME}). */
    static LiveAnalysis of(ServiceReference<Analysis> ref, Analysis analysis) {
        return ref.getProperty(Analysis.NAME) instanceof String name && !name.isBlank()
                ? new LiveAnalysis(name, analysis) : null;
    }
}
