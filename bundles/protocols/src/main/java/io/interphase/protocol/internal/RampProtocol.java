package io.interphase.protocol.internal;

import io.interphase.api.run.Protocol;
import io.interphase.api.run.Step;
import io.interphase.api.units.Dimension;
import io.interphase.api.units.Units;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * {@code Ramp from <current> by <current> with <charge> per half cycle until short [or <current>]}:
 * the critical-current test of a symmetric cell, plating and stripping at rising currents until it
 * shorts. Currents are densities (a symmetric cell has no capacity for a C-rate). "until 10 mA/cm2"
 * or "until short or 10 mA/cm2" bound the current; "until short" alone stops at {@link #GUARD_CURRENT}.
 */
@Component(service = Protocol.class)
public final class RampProtocol extends KeywordProtocol {

    /** The first word of the lines this protocol reads. */
    static final List<String> KEYWORDS = List.of("Ramp");

    public RampProtocol() {
        super("ramp", KEYWORDS, "Ramp from <current> by <current> with <charge> per half cycle until short [or <current>]", "Ramp from 0.25 mA/cm2 by 0.25 mA/cm2 with 0.25 mAh/cm2 per half cycle until short");
    }

    /** 50 mA/cm² in A/m²: far above any measured critical current, so a ramp that never shorts still ends. */
    public static final double GUARD_CURRENT = 500;

    private static final String MAX_EXAMPLE = "a current density such as '10 mA/cm2'";

    @Override
    public Step parse(String line, Context context) {
        Tokens t = new Tokens(line, context);
        t.expect("Ramp");
        t.expect("from");
        int startColumn = t.nextColumn();
        double start = t.positive(Dimension.CURRENT_DENSITY, "0.25 mA/cm2");
        t.expect("by");
        double increment = t.positive(Dimension.CURRENT_DENSITY, "0.25 mA/cm2");
        t.expect("with");
        double charge = t.positive(Dimension.AREAL_CAPACITY, "0.25 mAh/cm2");
        t.expect("per half cycle");
        t.expect("until");
        double max = maxCurrent(t, start, startColumn);
        t.expectEnd();
        return new Step.Ramp(start, increment, charge, max);
    }

    /** The largest current, at or above the start: "short", "short or <current>", "<current> [or short]". */
    private static double maxCurrent(Tokens t, double start, int startColumn) {
        boolean shortFirst = t.accept("short");
        if (shortFirst && !t.accept("or")) {
            if (start > GUARD_CURRENT) {
                throw t.error(startColumn, "a start at most " + Units.format(GUARD_CURRENT) + " A/m2 (50 mA/cm2), the "
                        + "largest current of 'until short' (or give one: 'until short or 100 mA/cm2')",
                        Units.format(start) + " A/m2");
            }
            return GUARD_CURRENT;
        }
        int column = t.nextColumn();
        double max = t.quantity(Dimension.CURRENT_DENSITY, shortFirst ? MAX_EXAMPLE : "'short' or " + MAX_EXAMPLE, true);
        if (max < start) {
            throw t.error(column, "a largest current at or above the start (" + Units.format(start) + " A/m2)",
                    Units.format(max) + " A/m2");
        }
        if (!shortFirst && t.accept("or")) {
            t.expect("short");
        }
        return max;
    }
}
