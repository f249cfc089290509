package io.interphase.protocol.internal;

import io.interphase.api.run.Protocol;
import io.interphase.api.run.Step;
import io.interphase.api.units.Dimension;
import org.osgi.service.component.annotations.Component;

/**
 * {@code Ramp from <current> by <current> with <charge/area> per half cycle until short [or <current>]}:
 * the critical-current test (E3). Without a current bound the ramp stops at {@link #GUARD_CURRENT}.
 */
@Component(service = Protocol.class)
public final class RampProtocol implements Protocol {

    /** 50 mA/cm² in A/m²: far above any measured critical current, so a ramp that never shorts still ends. */
    static final double GUARD_CURRENT = 500;

    @Override
    public String id() {
        return "ramp";
    }

    @Override
    public boolean accepts(String line) {
        return Words.startsWith(line, "Ramp");
    }

    @Override
    public Step parse(String line, Context context) {
        Tokens t = new Tokens(line, context);
        t.next("Ramp");
        t.expect("from");
        double start = t.current("0.25 mA/cm2").density();
        t.expect("by");
        double step = t.current("0.25 mA/cm2").density();
        t.expect("with");
        double charge = t.quantity(Dimension.AREAL_CAPACITY, "0.25 mAh/cm2");
        t.expect("per");
        t.expect("half");
        t.expect("cycle");
        t.expect("until");
        double max = GUARD_CURRENT;
        if (t.accept("short")) {
            if (t.accept("or")) {
                max = t.current("10 mA/cm2").density();
            }
        } else {
            max = t.current("10 mA/cm2").density();
        }
        t.expectEnd();
        if (max < start) {
            throw t.error(t.endColumn(), "a largest current at or above the start", "a smaller one");
        }
        return new Step.Ramp(start, step, charge, max);
    }
}
