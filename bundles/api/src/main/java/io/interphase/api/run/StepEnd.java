package io.interphase.api.run;

import java.util.Objects;

/**
 * How a step ended.
 *
 * @param reason which bound or event ended it
 * @param duration s
 * @param charge charge passed per area, signed like the current, C/m²
 * @param voltage cell voltage at the end, V
 * @param detail for a failure, its cause in words ("short: Li penetrated the LPSCl after a void ...");
 *     otherwise empty
 */
public record StepEnd(Reason reason, double duration, double charge, double voltage, String detail) {

    public enum Reason { DURATION, VOLTAGE_LIMIT, CURRENT_LIMIT, CHARGE_LIMIT, SHORT, CANCELLED }

    public StepEnd {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    /** True if the cell failed and the run must stop. */
    public boolean failed() {
        return reason == Reason.SHORT;
    }
}
