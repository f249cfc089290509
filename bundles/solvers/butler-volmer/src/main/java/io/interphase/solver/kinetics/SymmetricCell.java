package io.interphase.solver.kinetics;

import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * A symmetric cell Li | (layer) | electrolyte | (layer) | Li at steady state. With current density J
 * flowing from the first metal through the cell to the second, the cell voltage is
 * <pre>
 * V(J) = V_first(J) + J R_electrolyte − V_second(−J)
 * </pre>
 * where V_e(J) is an electrode's metal-minus-electrolyte voltage while J leaves its metal.
 *
 * @param first the electrode at the first metal (stripped for J > 0)
 * @param electrolyteResistance the electrolyte layer's thickness over its ionic conductivity, Ω·m²
 * @param second the electrode at the second metal
 * @param temperature K
 */
public record SymmetricCell(Electrode first, double electrolyteResistance, Electrode second, double temperature) {

    public SymmetricCell {
        if (!(electrolyteResistance >= 0) || !Double.isFinite(electrolyteResistance)) {
            throw new IllegalArgumentException("electrolyte resistance must be zero or more, got " + electrolyteResistance);
        }
    }

    /** Cell voltage at current density J, V. */
    public double voltage(double currentDensity) {
        return first.voltage(currentDensity) + currentDensity * electrolyteResistance - second.voltage(-currentDensity);
    }

    /** The current density that a cell voltage V drives: the inverse of {@link #voltage}, which rises monotonically. */
    public double current(double cellVoltage) {
        if (cellVoltage == 0) {
            return 0;
        }
        double guess = cellVoltage / lowFieldResistance();
        double hi = guess;
        // V(J) grows at most linearly, so a current giving V's magnitude is found by doubling
        for (int k = 0; k < 200 && Math.abs(voltage(hi)) < Math.abs(cellVoltage); k++) {
            hi *= 2;
        }
        double lo = 0;
        double a = Math.min(lo, hi);
        double b = Math.max(lo, hi);
        return new BrentSolver(1e-14, Math.abs(guess) * 1e-12).solve(500, j -> voltage(j) - cellVoltage, a, b);
    }

    /** dV/dJ at rest, Ω·m²: both electrodes' low-field resistances and the electrolyte's. */
    public double lowFieldResistance() {
        return first.lowFieldResistance() + electrolyteResistance + second.lowFieldResistance();
    }

    /** The steady current at {@code points} voltages evenly from −maxVoltage to +maxVoltage. */
    public Sweep sweep(double maxVoltage, int points) {
        if (!(maxVoltage > 0) || !Double.isFinite(maxVoltage)) {
            throw new IllegalArgumentException("the sweep's largest voltage must be positive, got " + maxVoltage + " V");
        }
        if (points < 3) {
            throw new IllegalArgumentException("a sweep needs at least 3 points, got " + points);
        }
        double[] v = new double[points];
        double[] j = new double[points];
        for (int i = 0; i < points; i++) {
            v[i] = -maxVoltage + 2 * maxVoltage * i / (points - 1);
            j[i] = current(v[i]);
        }
        return new Sweep(v, j);
    }
}
