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

    /** Hands the stimulus to the visitor's method for its kind: the compiler checks that every kind is answered. */
    <R> R accept(Visitor<R> visitor);

    /** What to do with each kind of stimulus. */
    interface Visitor<R> {
        R constantCurrent(ConstantCurrent stimulus);

        R constantVoltage(ConstantVoltage stimulus);

        R rest(Rest stimulus);

        R frequencySweep(FrequencySweep stimulus);

        R potentialSweep(PotentialSweep stimulus);
    }

    /** Constant current density until a limit. */
    record ConstantCurrent(double currentDensity, Limits limits) implements Stimulus {
        public ConstantCurrent {
            if (!Double.isFinite(currentDensity)) {
                throw new IllegalArgumentException("current density must be a finite number, got " + currentDensity);
            }
            Objects.requireNonNull(limits, "limits");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.constantCurrent(this);
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

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.constantVoltage(this);
        }
    }

    /** Open circuit for {@code duration} seconds. */
    record Rest(double duration) implements Stimulus {
        public Rest {
            if (!(duration > 0 && Double.isFinite(duration))) {
                throw new IllegalArgumentException("rest duration must be positive and finite, got " + duration);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.rest(this);
        }
    }

    /**
     * Small-signal impedance at each frequency, in the order given (instruments sweep from high to low),
     * about the present state.
     *
     * @param frequencies Hz, each positive and finite
     * @param amplitude the perturbation's amplitude, V, positive
     */
    record FrequencySweep(double[] frequencies, double amplitude) implements Stimulus {
        public FrequencySweep {
            if (frequencies.length == 0) {
                throw new IllegalArgumentException("a frequency sweep needs at least one frequency");
            }
            for (double f : frequencies) {
                if (!(f > 0) || !Double.isFinite(f)) {
                    throw new IllegalArgumentException("frequencies must be positive and finite, got " + f + " Hz");
                }
            }
            if (!(amplitude > 0) || !Double.isFinite(amplitude)) {
                throw new IllegalArgumentException("amplitude must be positive and finite, got " + amplitude + " V");
            }
            frequencies = frequencies.clone();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.frequencySweep(this);
        }

        @Override
        public double[] frequencies() {
            return frequencies.clone();
        }

        /**
         * Frequencies from {@code first} to {@code last}, both included, log-spaced at {@code perDecade}
         * to a decade (rounded to whole steps; at least the two ends), as instruments sweep them.
         */
        public static double[] logSpaced(double first, double last, long perDecade) {
            int n = (int) Math.max(2, Math.round(Math.abs(Math.log10(last / first)) * perDecade) + 1);
            double[] hz = new double[n];
            for (int i = 0; i < n; i++) {
                hz[i] = first * Math.pow(last / first, (double) i / (n - 1));
            }
            return hz;
        }
    }

    /**
     * A linear sweep of the cell voltage from {@code from} to {@code to} volts at {@code rate} V/s.
     *
     * @param rate V/s, positive: the sweep's direction is from {@code from} to {@code to}
     */
    record PotentialSweep(double from, double to, double rate) implements Stimulus {
        public PotentialSweep {
            if (!Double.isFinite(from) || !Double.isFinite(to) || from == to) {
                throw new IllegalArgumentException("a sweep needs two different, finite voltages, got " + from + " V and " + to + " V");
            }
            if (!(rate > 0) || !Double.isFinite(rate)) {
                throw new IllegalArgumentException("sweep rate must be positive and finite, got " + rate + " V/s");
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.potentialSweep(this);
        }

        /** How long the sweep takes, s. */
        public double duration() {
            return Math.abs(to - from) / rate;
        }
    }
}
