package io.interphase.api.run;

import java.util.List;
import java.util.Objects;

/**
 * One line of a protocol once parsed: a stimulus with what the researcher called it, or control
 * flow around stimuli. A run walks the steps in order and hands each stimulus to its solver.
 */
public sealed interface Step {

    /** Hands the step to the visitor's method for its kind: the compiler checks that every kind is answered. */
    <R> R accept(Visitor<R> visitor);

    /** What to do with each kind of step. */
    interface Visitor<R> {
        R apply(Apply step);

        R repeat(Repeat step);

        R ramp(Ramp step);
    }

    /**
     * One stimulus. {@code action} is the word the researcher used ("Charge", "Discharge", "Plate",
     * "Strip", "Rest", "Hold"); {@code cRate} is the C-rate the current was given as, or NaN.
     */
    record Apply(String action, Stimulus stimulus, double cRate) implements Step {
        public Apply {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(stimulus, "stimulus");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.apply(this);
        }
    }

    /**
     * The body {@code times} times; each pass is one cycle. With {@code untilVoltageLimit} the repeat
     * also ends after a step of its body stopped on a voltage limit (GITT's "until 3.0 V").
     */
    record Repeat(long times, List<Step> body, boolean untilVoltageLimit) implements Step {
        public Repeat {
            if (times < 1) {
                throw new IllegalArgumentException("a repeat runs at least once, got " + times);
            }
            body = List.copyOf(body);
            if (body.isEmpty()) {
                throw new IllegalArgumentException("a repeat needs at least one step");
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.repeat(this);
        }
    }

    /**
     * The critical-current ramp of a symmetric cell: plate then strip {@code chargePerHalfCycle} at
     * {@code start}, then at {@code start + increment}, … until the cell fails or the current would
     * pass {@code maxCurrent}. A/m², C/m².
     */
    record Ramp(double start, double increment, double chargePerHalfCycle, double maxCurrent) implements Step {
        public Ramp {
            if (!(start > 0 && increment > 0 && chargePerHalfCycle > 0 && maxCurrent >= start)) {
                throw new IllegalArgumentException("a ramp needs positive start, increment and charge, and a maximum "
                        + "at or above the start");
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.ramp(this);
        }
    }
}
