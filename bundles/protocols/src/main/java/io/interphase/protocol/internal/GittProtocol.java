package io.interphase.protocol.internal;

import io.interphase.api.InvalidInputException;
import io.interphase.api.run.Protocol;
import io.interphase.api.run.Step;
import io.interphase.api.run.Stimulus;
import io.interphase.api.units.Dimension;
import org.osgi.service.component.annotations.Component;

/**
 * {@code GITT: <current step for a time>, Rest for <time>, until <voltage>}: pulses and rests repeated
 * until a pulse ends on the voltage bound (at most {@link #MAX_PULSES}).
 */
@Component(service = Protocol.class)
public final class GittProtocol implements Protocol {

    static final long MAX_PULSES = 100_000;

    @Override
    public String id() {
        return "gitt";
    }

    @Override
    public boolean accepts(String line) {
        return Words.startsWith(line, "GITT");
    }

    @Override
    public Step parse(String line, Context context) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            throw new InvalidInputException(context.field(4), "expected ':' after GITT, then the pulse, the rest and the bound");
        }
        int last = line.lastIndexOf(',');
        int first = line.indexOf(',');
        if (first < 0 || first == last) {
            throw new InvalidInputException(context.field(line.length()),
                    "expected three parts separated by ',': the pulse, the rest and 'until <voltage>'");
        }
        Step pulse = context.parse(line.substring(colon + 1, first), colon + 1);
        Step rest = context.parse(line.substring(first + 1, last), first + 1);
        if (!(pulse instanceof Step.Apply p && p.stimulus() instanceof Stimulus.ConstantCurrent cc
                && Double.isFinite(cc.limits().duration()))) {
            throw new InvalidInputException(context.field(colon + 2), "expected a current pulse with a time, such as "
                    + "'Discharge at 0.1C for 10 min'");
        }
        if (!(rest instanceof Step.Apply r && r.stimulus() instanceof Stimulus.Rest)) {
            throw new InvalidInputException(context.field(first + 2), "expected a rest such as 'Rest for 1 h'");
        }
        Tokens t = new Tokens(line, context);
        t.seek(last + 1);
        t.expect("until");
        double v = t.quantity(Dimension.VOLTAGE, "3.0 V");
        t.expectEnd();
        var limits = cc.currentDensity() > 0 ? cc.limits().withMinVoltage(v) : cc.limits().withMaxVoltage(v);
        Step.Apply bounded = new Step.Apply(p.action(), new Stimulus.ConstantCurrent(cc.currentDensity(), limits), p.cRate());
        return new Step.Repeat(MAX_PULSES, java.util.List.of(bounded, rest), true);
    }
}
