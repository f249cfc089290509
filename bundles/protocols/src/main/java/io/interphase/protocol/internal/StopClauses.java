package io.interphase.protocol.internal;

import io.interphase.api.run.Limits;
import io.interphase.api.units.Dimension;

/**
 * The stop conditions at the end of a current or voltage step: {@code for <time>}, {@code until
 * <voltage | charge per area | time>} (a hold also {@code until <current>}), joined by {@code or}.
 * A voltage bound is an upper one for charging currents (negative) and a lower one for discharging
 * ones; for Plate and Strip, whose voltage sign follows the current, it is taken as a magnitude.
 */
final class StopClauses {

    private StopClauses() {
    }

    /**
     * @param sign −1 for Charge/Plate, +1 for Discharge/Strip, 0 for a hold
     * @param magnitude true for Plate/Strip: a voltage bound is |v| with the current's sign
     */
    static Limits read(Tokens t, int sign, boolean magnitude) {
        Limits limits = Limits.NONE;
        boolean afterOr = false;
        while (!t.atEnd()) {
            if (t.accept("for")) {
                limits = limits.withDuration(t.quantity(Dimension.TIME, "1 h"));
            } else if (t.accept("until") || afterOr) {
                limits = bound(t, limits, sign, magnitude);
            } else {
                Tokens.Token w = t.peek();
                throw t.error(w.column(), "'for', 'until' or 'or'", "'" + w.text() + "'");
            }
            afterOr = t.accept("or");
            if (afterOr && t.atEnd()) {
                throw t.error(t.endColumn(), "a limit after 'or'", "the end of the line");
            }
        }
        if (limits.timeOnly() && Double.isInfinite(limits.duration())) {
            throw t.error(t.endColumn(), sign == 0 ? "'until <current>' or 'for <time>'"
                    : "'for <time>' or 'until <limit>' (a current step needs one)", "the end of the line");
        }
        return limits;
    }

    private static Limits bound(Tokens t, Limits limits, int sign, boolean magnitude) {
        if (t.atEnd()) {
            throw t.error(t.endColumn(), "a limit such as '4.2 V', '2 mAh/cm2' or '1 h'", "the end of the line");
        }
        if (t.nextIs(Dimension.VOLTAGE) && sign != 0) {
            double v = t.quantity(Dimension.VOLTAGE, "4.2 V");
            return sign < 0 ? limits.withMaxVoltage(magnitude ? Math.abs(v) : v)
                    : limits.withMinVoltage(magnitude ? -Math.abs(v) : v);
        }
        if (t.nextIs(Dimension.AREAL_CAPACITY)) {
            return limits.withCharge(t.quantity(Dimension.AREAL_CAPACITY, "2 mAh/cm2"));
        }
        if (t.nextIs(Dimension.TIME)) {
            return limits.withDuration(t.quantity(Dimension.TIME, "1 h"));
        }
        if (sign == 0 && (t.nextIsCRate() || t.nextIs(Dimension.CURRENT_DENSITY))) {
            return limits.withMinCurrent(t.current("0.01 mA/cm2").density());
        }
        Tokens.Token w = t.peek();
        throw t.error(w.column(), sign == 0 ? "a current such as '0.05C' or '0.01 mA/cm2', or a time"
                : "a voltage such as '4.2 V', a charge such as '2 mAh/cm2' or a time such as '1 h'", "'" + w.text() + "'");
    }
}
