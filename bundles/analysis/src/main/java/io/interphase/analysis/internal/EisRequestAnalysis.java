package io.interphase.analysis.internal;

import io.interphase.api.analysis.Analysis;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/** {@code POST /api/analyze/eis}: an equivalent circuit fitted to a measured spectrum. Stateless. */
@Component(service = Analysis.class, property = Analysis.NAME + "=eis")
public final class EisRequestAnalysis implements Analysis {

    @Override
    public Map<String, Object> analyze(Map<String, Object> request) {
        return AnalyzeRequests.eis(request);
    }
}
