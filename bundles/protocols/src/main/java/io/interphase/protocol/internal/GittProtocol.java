package io.interphase.protocol.internal;

import io.interphase.api.InvalidInputException;
import io.interphase.api.run.Protocol;
import io.interphase.api.run.Step;
import io.interphase.api.run.Stimulus;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * {@code GITT: <current pulse for a time>, Rest for <time>, until <voltage>}, for example "GITT:
 * Discharge at 0.1C for 10 min, Rest for 1 h, until 3.0 V": the galvanostatic intermittent titration,
 * pulse and rest repeated until a pulse reaches the voltage bound. The bound is added to the pulse as
 * its action reads a bound ({@link CurrentAction}), so that the run ends the repeat on it.
 */
@Component(service = Protocol.class)
public final class GittProtocol extends KeywordProtocol {

    /** The first word of the lines this protocol reads. */
    static final List<String> KEYWORDS = List.of("GITT");

    public GittProtocol() {
        super("gitt", KEYWORDS, "GITT: <current step for a time>, Rest for <time>, until <voltage>", "GITT: Discharge at 0.1C for 10 min, Rest for 1 h, until 3.0 V");
    }

    /**
     * The most pulses of one GITT, so that a bound never reached still ends the run; far above any real
     * titration (pulses of 0.1C for 10 min empty a cell in 60).
     */
    public static final long MAX_PULSES = 100_000;

    private static final String PULSE = "a current pulse with a time such as 'Discharge at 0.1C for 10 min'";
    private static final String REST = "a rest such as 'Rest for 1 h'";

    @Override
    public Step parse(String line, Context context) {
        Tokens t = new Tokens(line, context);
        t.expect("GITT");
        Tokens.Token colon = t.expect(":");
        List<Words.Part> parts = Words.split(line, colon.column() + 1, ',');
        if (parts.size() != 3) {
            int column = parts.size() < 3 ? line.length() : parts.get(3).column() - 1;
            throw new InvalidInputException(context.field(column), "expected three parts separated by ',': " + PULSE
                    + ", " + REST + " and 'until 3.0 V'; found " + parts.size() + " parts");
        }
        Step.Apply pulse = pulse(parts.get(0), context);
        Step rest = context.parse(parts.get(1).text(), parts.get(1).column());
        if (!(rest instanceof Step.Apply r && r.stimulus() instanceof Stimulus.Rest)) {
            throw new InvalidInputException(context.field(parts.get(1).wordColumn()),
                    "expected " + REST + ", found '" + parts.get(1).text().strip() + "'");
        }
        t.seek(parts.get(2).column());
        t.expect("until");
        double volts = t.voltage("3.0 V");
        t.expectEnd();
        Stimulus.ConstantCurrent cc = (Stimulus.ConstantCurrent) pulse.stimulus();
        var limits = CurrentAction.of(pulse, cc).withVoltage(cc.limits(), volts);
        Step.Apply bounded = new Step.Apply(pulse.action(), new Stimulus.ConstantCurrent(cc.currentDensity(), limits),
                pulse.cRate());
        return new Step.Repeat(MAX_PULSES, List.of(bounded, rest), true);
    }

    private static Step.Apply pulse(Words.Part part, Context context) {
        Step step = context.parse(part.text(), part.column());
        if (step instanceof Step.Apply a && a.stimulus() instanceof Stimulus.ConstantCurrent cc
                && Double.isFinite(cc.limits().duration())) {
            return a;
        }
        throw new InvalidInputException(context.field(part.wordColumn()),
                "expected " + PULSE + ", found '" + part.text().strip() + "'");
    }
}
