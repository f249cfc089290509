package io.interphase.solver.phasefield;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.units.Units;
import org.junit.jupiter.api.Test;

class PotentialsTest {

    static final double T = 328.15;
    static final double SIGMA_E = 30;
    static final double SIGMA_I = 0.5;
    static final double AREA = 1e6;
    static final double I0 = 10;
    static final double HEIGHT = 20e-6;
    /** Small enough that Butler–Volmer is linear to 1e-6: the analytic solution below is the model's. */
    static final double CURRENT = -1e-4;

    /**
     * The classic one-dimensional porous electrode (Newman &amp; Tobias 1962) in the linear regime: η'' = ν² η with
     * ν² = i0 a f (1/σe + 1/σi), η'(0) = −J/σe (all the current is electronic at the collector) and η'(H) = J/σi (all
     * ionic at the top): η = A cosh νy + B sinh νy.
     */
    static double analytic(double y) {
        double f = Units.FARADAY / (Units.GAS_CONSTANT * T);
        double nu = Math.sqrt(I0 * AREA * f * (1 / SIGMA_E + 1 / SIGMA_I));
        double b = -CURRENT / (SIGMA_E * nu);
        double a = (CURRENT / SIGMA_I + CURRENT / SIGMA_E * Math.cosh(nu * HEIGHT)) / (nu * Math.sinh(nu * HEIGHT));
        return a * Math.cosh(nu * y) + b * Math.sinh(nu * y);
    }

    private static double error(int ny) {
        double h = HEIGHT / ny;
        Domain d = Domain.uniform(4, ny, h, T, SIGMA_E, SIGMA_I, AREA, I0);
        Potentials p = new Potentials(d);
        p.solve(new double[d.cells()], CURRENT, PhaseFieldModel.Parameters.of(PhaseFieldOptions.DEFAULT, 1e-14, 7.7e4));
        double worst = 0;
        double scale = 0;
        for (int j = 0; j < ny; j++) {
            double eta = p.u[2 * j * 4] - p.u[2 * j * 4 + 1];
            worst = Math.max(worst, Math.abs(eta - analytic((j + 0.5) * h)));
            scale = Math.max(scale, Math.abs(analytic((j + 0.5) * h)));
        }
        return worst / scale;
    }

    @Test
    void theCoupledPotentialsConvergeAtSecondOrderToThePorousElectrodeSolution() {
        double coarse = error(20);
        double medium = error(40);
        double fine = error(80);
        System.out.printf("porous electrode: max relative error of eta %.2e, %.2e, %.2e at 20, 40, 80 cells%n", coarse,
                medium, fine);
        assertTrue(fine < 2e-3, "fine grid error " + fine);
        assertEquals(2, Math.log(coarse / medium) / Math.log(2), 0.3);
        assertEquals(2, Math.log(medium / fine) / Math.log(2), 0.3);
    }

    @Test
    void theReactionIntegratesToTheCurrentPassed() {
        Domain d = Domain.uniform(8, 40, 0.5e-6, T, SIGMA_E, SIGMA_I, AREA, I0);
        Potentials p = new Potentials(d);
        double current = -50; // 5 mA/cm2: far from linear
        p.solve(new double[d.cells()], current, PhaseFieldModel.Parameters.of(PhaseFieldOptions.DEFAULT, 1e-14, 7.7e4));
        double total = 0;
        for (double q : p.reaction) {
            total += q * d.h * d.h;
        }
        assertEquals(current * d.nx * d.h, total, 1e-8 * Math.abs(current * d.nx * d.h));
    }

    @Test
    void withoutCurrentThereIsNoOverpotential() {
        Domain d = Domain.uniform(8, 20, 0.5e-6, T, SIGMA_E, SIGMA_I, AREA, I0);
        Potentials p = new Potentials(d);
        p.solve(new double[d.cells()], 0, PhaseFieldModel.Parameters.of(PhaseFieldOptions.DEFAULT, 1e-14, 7.7e4));
        for (int k = 0; k < d.cells(); k++) {
            assertEquals(0, p.u[2 * k] - p.u[2 * k + 1], 1e-12);
        }
        assertEquals(0, p.voltage(0), 1e-12);
    }
}
