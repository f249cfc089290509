package io.interphase.api.run;

import java.util.Objects;

/**
 * What one protocol step asks of a cell, SI: current density A/m², voltage V, time s, frequency Hz.
 *
 * <p>Sign: a positive current discharges a full cell; it moves Li from the cell's first layer (the
 * negative side) towards its last, so in a symmetric cell it strips the first electrode and plates
 * the last. "Charge" and "Plate" are negative, "Discharge" and "Strip" positive.
 */
public sealed interface Stimulus {

    /** Constant current density until a limit. */
    record ConstantCurrent(double currentDensity, Limits limits) implements Stimulus {
        public ConstantCurrent {
            if (!Double.isFinite(currentDensity)) {
                throw new IllegalArgumentException("current density must be a finite number, got " + currentDensity);
            }
            Objects.requireNonNull(limits, "limits");
        }
    }

    /** Constant cell voltage until a limit (usually the current falling to {@link Limits#minCurrent}). */
    record ConstantVoltage(double voltage, Limits limits) implements Stimulus {
        public ConstantVoltage {
            if (!Double.isFinite(voltage)) {
                throw new IllegalArgumentException("voltage must be a finite number, got " + voltage);
            }
            Objects.requireNonNull(limits, "limits");
        }
    }

    /** Open circuit for {@code duration} seconds. */
    record Rest(double duration) implements Stimulus {
        public Rest {
            if (!(duration > 0 && Double.isFinite(duration))) {
                throw new IllegalArgumentException("rest duration must be positive and finite, got " + duration);
            }
        }
    }

    /** Small-signal impedance at each frequency, about the present state. */
    record FrequencySweep(double[] frequencies, double amplitude) implements Stimulus {
        public FrequencySweep {
            frequencies = frequencies.clone();
        }
    }

    /** A linear potential sweep from {@code from} to {@code to} volts at {@code rate} V/s. */
    record PotentialSweep(double from, double to, double rate) implements Stimulus {
    }
}
