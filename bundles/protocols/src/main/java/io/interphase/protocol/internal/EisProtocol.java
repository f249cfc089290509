package io.interphase.protocol.internal;

import io.interphase.api.run.Protocol;
import io.interphase.api.run.Step;
import io.interphase.api.run.Stimulus;
import io.interphase.api.units.Dimension;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * {@code EIS from <frequency> to <frequency>, <n> per decade[, amplitude <voltage>]}, for example
 * "EIS from 1 MHz to 100 mHz, 10 per decade": an impedance spectrum about the present state, the
 * frequencies log-spaced and swept in the order written (instruments go from high to low).
 */
@Component(service = Protocol.class)
public final class EisProtocol extends KeywordProtocol {

    /** The first word of the lines this protocol reads. */
    static final List<String> KEYWORDS = List.of("EIS");
    /** The perturbation when none is given: 10 mV, small enough to stay linear (below RT/F). */
    static final double DEFAULT_AMPLITUDE = 0.01;
    /** More points per decade than this resolves nothing a spectrum shows. */
    static final long MAX_PER_DECADE = 1000;

    public EisProtocol() {
        super("eis", KEYWORDS, "EIS from <frequency> to <frequency>, <n> per decade[, amplitude <voltage>]", "EIS from 1 MHz to 100 mHz, 10 per decade");
    }

    @Override
    public Step parse(String line, Context context) {
        Tokens t = new Tokens(line, context);
        t.expect("EIS");
        t.expect("from");
        double first = t.positive(Dimension.FREQUENCY, "1 MHz");
        t.expect("to");
        int secondColumn = t.nextColumn();
        double second = t.positive(Dimension.FREQUENCY, "100 mHz");
        if (first == second) {
            throw t.error(secondColumn, "a frequency other than the first", "the same frequency");
        }
        t.accept(",");
        long perDecade = t.wholeNumber(1, MAX_PER_DECADE, "points per decade");
        t.expect("per decade");
        double amplitude = DEFAULT_AMPLITUDE;
        t.accept(",");
        if (t.accept("amplitude")) {
            amplitude = t.positive(Dimension.VOLTAGE, "10 mV");
        }
        t.expectEnd();
        return new Step.Apply("EIS", new Stimulus.FrequencySweep(
                Stimulus.FrequencySweep.logSpaced(first, second, perDecade), amplitude),
                Double.NaN);
    }
}
