package io.interphase.protocol.internal;

import io.interphase.api.run.Protocol;
import io.interphase.api.run.Step;
import io.interphase.api.run.Stimulus;
import io.interphase.api.units.Dimension;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * {@code Sweep from <voltage> to <voltage> at <rate>}, for example "Sweep from -0.3 V to 0.3 V at
 * 1 mV/s": a linear sweep of the cell voltage, the Tafel experiment of a symmetric cell.
 */
@Component(service = Protocol.class)
public final class SweepProtocol extends KeywordProtocol {

    /** The first word of the lines this protocol reads. */
    static final List<String> KEYWORDS = List.of("Sweep");
    private static final Dimension SWEEP_RATE = Dimension.VOLTAGE.times(Dimension.TIME.pow(-1));

    public SweepProtocol() {
        super("sweep", KEYWORDS, "Sweep from <voltage> to <voltage> at <rate>", "Sweep from -0.3 V to 0.3 V at 1 mV/s");
    }

    @Override
    public Step parse(String line, Context context) {
        Tokens t = new Tokens(line, context);
        t.expect("Sweep");
        t.expect("from");
        double from = t.voltage("-0.3 V");
        t.expect("to");
        int toColumn = t.nextColumn();
        double to = t.voltage("0.3 V");
        if (from == to) {
            throw t.error(toColumn, "a voltage other than the first", "the same voltage");
        }
        t.expect("at");
        double rate = t.quantity(SWEEP_RATE, "a positive sweep rate such as '1 mV/s'", true);
        t.expectEnd();
        return new Step.Apply("Sweep", new Stimulus.PotentialSweep(from, to, rate), Double.NaN);
    }
}
