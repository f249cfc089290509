package io.interphase.protocol.internal;

import io.interphase.api.InvalidInputException;
import io.interphase.api.run.Limits;
import io.interphase.api.units.Dimension;
import io.interphase.api.units.Quantity;

/**
 * The stop conditions that end a current or a voltage step: {@code for <time>} and {@code until
 * <limit>}, joined by {@code or} ("for 1 h or until 4.2 V", "until 4.2 V or 2 h"). Shared by the
 * current steps and the hold so that both read limits alike; the first limit reached ends the step.
 */
final class StopClauses {

    private static final String CURRENT_LIMIT = "a voltage such as '4.2 V', a charge per area such as '2 mAh/cm2' "
            + "or a time such as '1 h'";
    private static final String HOLD_LIMIT = "a current such as '0.05C' or '0.01 mA/cm2', a charge per area such as "
            + "'2 mAh/cm2' or a time such as '1 h'";

    private StopClauses() {
    }

    /** The limits of a current step: a voltage bound as {@code action} reads it, a charge or a time. */
    static Limits current(Tokens t, CurrentAction action) {
        Limits limits = read(t, action);
        if (limits.timeOnly() && Double.isInfinite(limits.duration())) {
            throw new InvalidInputException(t.context().field(t.endColumn()), "a current step needs 'for <time>' or "
                    + "'until <limit>' (such as 'until 4.2 V'); found the end of the line");
        }
        return limits;
    }

    /** The limits of a voltage hold: the current falling to a bound, a charge or a time. */
    static Limits hold(Tokens t) {
        Limits limits = read(t, null);
        if (limits.timeOnly() && Double.isInfinite(limits.duration())) {
            throw new InvalidInputException(t.context().field(t.endColumn()), "a hold needs 'until <current>' (such as "
                    + "'until 0.05C') or 'for <time>'; found the end of the line");
        }
        return limits;
    }

    /** Reads clauses to the end of the text; {@code action} is null for a hold. */
    private static Limits read(Tokens t, CurrentAction action) {
        Limits limits = Limits.NONE;
        boolean first = true;
        while (!t.atEnd()) {
            boolean or = !first && t.accept("or");
            if (t.accept("for")) {
                limits = limits.withDuration(t.positive(Dimension.TIME, "1 h"));
            } else if (t.accept("until") || or) {
                limits = bound(t, limits, action);
            } else {
                throw t.error(t.nextColumn(), first ? "'for <time>' or 'until <limit>'" : "'or', 'for' or 'until'",
                        t.foundNext());
            }
            first = false;
        }
        return limits;
    }

    private static Limits bound(Tokens t, Limits limits, CurrentAction action) {
        Quantity q = t.peekQuantity();
        Dimension d = q == null ? null : q.dimension();
        if (action != null && Dimension.VOLTAGE.equals(d)) {
            return action.withVoltage(limits, t.voltage("4.2 V"));
        }
        if (action == null && (t.nextIsCRate() || Dimension.CURRENT_DENSITY.equals(d))) {
            return limits.withMinCurrent(t.current("0.01 mA/cm2").density());
        }
        if (Dimension.AREAL_CAPACITY.equals(d)) {
            return limits.withCharge(t.positive(Dimension.AREAL_CAPACITY, "2 mAh/cm2"));
        }
        if (Dimension.TIME.equals(d)) {
            return limits.withDuration(t.positive(Dimension.TIME, "1 h"));
        }
        throw t.error(t.nextColumn(), action == null ? HOLD_LIMIT : CURRENT_LIMIT, t.foundNext());
    }
}
