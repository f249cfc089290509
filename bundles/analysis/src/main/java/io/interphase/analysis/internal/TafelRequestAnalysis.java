package io.interphase.analysis.internal;

import io.interphase.api.analysis.Analysis;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/** {@code POST /api/analyze/tafel}: exchange current and transfer coefficient of a measured sweep. Stateless. */
@Component(service = Analysis.class, property = Analysis.NAME + "=tafel")
public final class TafelRequestAnalysis implements Analysis {

    @Override
    public Map<String, Object> analyze(Map<String, Object> request) {
        return AnalyzeRequests.tafel(request);
    }
}
