package io.interphase.api.analysis;

import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An analysis of measured data (an impedance fit, a Tafel analysis) that the REST API answers under
 * {@code POST /api/analyze/{name}}: the request body's JSON object in, a JSON-ready report out. A bundle
 * registers it as a service with the property {@value #NAME} set to its name; the API finds it by that
 * name while it is live, so a new analysis is a bundle dropped into {@code deploy/}. When two live services
 * share a name, the one OSGi ranks higher (service ranking, then the older registration) answers.
 *
 * <p>Requests arrive on several threads at once: an implementation is thread-safe (stateless, best).
 */
@ConsumerType
public interface Analysis {

    /**
     * The service property that names the analysis, the last segment of its path ("eis"): a non-blank string
     * without '/'. A service without one is not offered.
     */
    String NAME = "interphase.analysis";

    /**
     * Analyses the data of one request.
     *
     * @param request the request's JSON object as Gson reads it: strings, numbers as {@code Double},
     *     booleans, lists and maps
     * @return the report, never null: maps, lists, strings, numbers, booleans and nulls
     * @throws io.interphase.api.InvalidInputException naming each bad field of the request, for a 400
     */
    Map<String, Object> analyze(Map<String, Object> request);
}
