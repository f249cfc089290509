package io.interphase.solver.kinetics;

/**
 * A steady current–voltage sweep: cell voltage (V) and current density (A/m² of cell area), point by
 * point. Arrays are copied in and out.
 */
public record Sweep(double[] voltage, double[] currentDensity) {
    public Sweep {
        if (voltage.length != currentDensity.length) {
            throw new IllegalArgumentException("voltage and current need equal lengths, got " + voltage.length + " and "
                    + currentDensity.length);
        }
        for (int i = 0; i < voltage.length; i++) {
            if (!Double.isFinite(voltage[i]) || !Double.isFinite(currentDensity[i])) {
                throw new IllegalArgumentException("point " + (i + 1) + " must be finite, got V = " + voltage[i]
                        + ", J = " + currentDensity[i]);
            }
        }
        voltage = voltage.clone();
        currentDensity = currentDensity.clone();
    }

    @Override
    public double[] voltage() {
        return voltage.clone();
    }

    @Override
    public double[] currentDensity() {
        return currentDensity.clone();
    }

    public int size() {
        return voltage.length;
    }
}
