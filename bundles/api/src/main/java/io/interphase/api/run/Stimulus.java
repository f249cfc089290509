package io.interphase.api.run;

/**
 * What a protocol step asks of a cell. SI: current density A/m² (positive discharges the cell, or
 * plates Li on the negative side of a symmetric cell), voltage V, time s, frequency Hz.
 */
public sealed interface Stimulus {

    /** Constant current density for at most {@code duration} seconds. */
    record ConstantCurrent(double currentDensity, double duration) implements Stimulus {
    }

    /** Constant cell voltage for at most {@code duration} seconds. */
    record ConstantVoltage(double voltage, double duration) implements Stimulus {
    }

    /** Open circuit for {@code duration} seconds. */
    record Rest(double duration) implements Stimulus {
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
