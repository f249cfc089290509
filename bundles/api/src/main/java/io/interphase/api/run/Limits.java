package io.interphase.api.run;

/**
 * When a current or voltage step stops, SI. A bound that is not set is {@code NaN} (duration:
 * positive infinity). The first bound reached ends the step.
 *
 * @param duration seconds
 * @param minVoltage stop when the cell voltage falls to this, V
 * @param maxVoltage stop when the cell voltage rises to this, V
 * @param minCurrent stop when the magnitude of the current density falls to this (voltage holds), A/m²
 * @param charge stop when this much charge per area has passed (magnitude), C/m²
 */
public record Limits(double duration, double minVoltage, double maxVoltage, double minCurrent, double charge) {

    /** No bound at all: the step runs until the cell fails or the run is stopped. */
    public static final Limits NONE = new Limits(Double.POSITIVE_INFINITY, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    public Limits {
        if (!(duration > 0)) {
            throw new IllegalArgumentException("a step's duration must be positive, got " + duration);
        }
        if (!Double.isNaN(charge) && !(charge > 0 && Double.isFinite(charge))) {
            throw new IllegalArgumentException("a step's charge limit must be positive, got " + charge);
        }
    }

    public static Limits duration(double seconds) {
        return NONE.withDuration(seconds);
    }

    public Limits withDuration(double seconds) {
        return new Limits(seconds, minVoltage, maxVoltage, minCurrent, charge);
    }

    public Limits withMinVoltage(double volts) {
        return new Limits(duration, volts, maxVoltage, minCurrent, charge);
    }

    public Limits withMaxVoltage(double volts) {
        return new Limits(duration, minVoltage, volts, minCurrent, charge);
    }

    public Limits withMinCurrent(double currentDensity) {
        return new Limits(duration, minVoltage, maxVoltage, currentDensity, charge);
    }

    public Limits withCharge(double chargeDensity) {
        return new Limits(duration, minVoltage, maxVoltage, minCurrent, chargeDensity);
    }

    /** True if no bound but time (possibly none) ends the step. */
    public boolean timeOnly() {
        return Double.isNaN(minVoltage) && Double.isNaN(maxVoltage) && Double.isNaN(minCurrent) && Double.isNaN(charge);
    }
}
