package io.interphase.protocol.internal;

import io.interphase.api.run.Limits;
import io.interphase.api.run.Step;
import io.interphase.api.run.Stimulus;
import java.util.Arrays;
import java.util.List;

/**
 * The four constant-current actions, with the sign of their current (see {@link Stimulus}) and the
 * meaning of their voltage bound. A charge stops on rising to its bound and a discharge on falling to
 * it, both as written. Plate and strip are written for symmetric cells whose voltage follows the
 * current's sign, so their bound is a magnitude: plate stops at +|v|, strip at −|v|.
 */
enum CurrentAction {
    CHARGE("Charge", -1, false),
    DISCHARGE("Discharge", 1, false),
    PLATE("Plate", -1, true),
    STRIP("Strip", 1, true);

    static final List<String> WORDS = Arrays.stream(values()).map(a -> a.word).toList();

    final String word;
    final int sign;
    private final boolean magnitude;

    CurrentAction(String word, int sign, boolean magnitude) {
        this.word = word;
        this.sign = sign;
        this.magnitude = magnitude;
    }

    /** The action written as {@code word} in any case, or null. */
    static CurrentAction of(String word) {
        return Arrays.stream(values()).filter(a -> a.word.equalsIgnoreCase(word)).findFirst().orElse(null);
    }

    /** The action of a constant-current step; one of another protocol is taken by its current's sign. */
    static CurrentAction of(Step.Apply step, Stimulus.ConstantCurrent current) {
        CurrentAction a = of(step.action());
        return a != null ? a : current.currentDensity() < 0 ? CHARGE : DISCHARGE;
    }

    /** The limits with this action's voltage bound set to {@code volts}. */
    Limits withVoltage(Limits limits, double volts) {
        if (sign < 0) {
            return limits.withMaxVoltage(magnitude ? Math.abs(volts) : volts);
        }
        return limits.withMinVoltage(magnitude ? -Math.abs(volts) : volts);
    }
}
