package io.interphase.solver.kinetics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.interphase.api.units.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ButlerVolmerTest {

    private static final double T = 268.15;

    @ParameterizedTest
    @ValueSource(doubles = {0.2, 0.35, 0.5, 0.65, 0.8})
    void overpotentialInvertsTheCurrentFromMicroToKiloAmpsPerSquareMetre(double alpha) {
        ButlerVolmer bv = new ButlerVolmer(2.91, alpha, T);
        for (double j : new double[] {-3e3, -50, -1, -1e-6, 1e-6, 1, 50, 3e3}) {
            double eta = bv.overpotential(j);
            assertEquals(j, bv.current(eta), 1e-10 * Math.abs(j), "alpha " + alpha + ", j " + j);
        }
        assertEquals(0, bv.overpotential(0));
    }

    @Test
    void slopeIsTheDerivativeAndAtRestGivesTheChargeTransferResistance() {
        ButlerVolmer bv = new ButlerVolmer(2.91, 0.3, T);
        double h = 1e-6;
        for (double eta : new double[] {-0.2, 0, 0.05, 0.3}) {
            assertEquals((bv.current(eta + h) - bv.current(eta - h)) / (2 * h), bv.slope(eta), 1e-6 * bv.slope(eta));
        }
        assertEquals(Units.GAS_CONSTANT * T / (Units.FARADAY * 2.91), 1 / bv.slope(0), 1e-15);
        assertEquals(1 / bv.slope(0), bv.chargeTransferResistance(), 1e-15);
    }

    @Test
    void symmetricCellOfTwoBareFacesIsTwoI0SinhOfFvOverFourRt() {
        double i0 = 2.91;
        ButlerVolmer bv = new ButlerVolmer(i0, 0.5, T);
        SymmetricCell cell = new SymmetricCell(new Electrode.Face(bv, 1), 0, new Electrode.Face(bv, 1), T);
        double f = Units.FARADAY / (Units.GAS_CONSTANT * T);
        for (double v : new double[] {-0.3, -0.05, 0.001, 0.1, 0.3}) {
            assertEquals(2 * i0 * Math.sinh(f * v / 4), cell.current(v), 1e-9 * Math.abs(cell.current(v)));
        }
    }

    @Test
    void symmetricCellTafelSlopeIsFourLn10RtOverFPerDecade() {
        ButlerVolmer bv = new ButlerVolmer(2.91, 0.5, T);
        SymmetricCell cell = new SymmetricCell(new Electrode.Face(bv, 1), 0, new Electrode.Face(bv, 1), T);
        double perDecade = cell.voltage(2.91e4) - cell.voltage(2.91e3);
        // 4 ln(10) RT/F = 212.8 mV at −5 °C (docs/physics.md §3.2)
        assertEquals(4 * Math.log(10) * Units.GAS_CONSTANT * T / Units.FARADAY, perDecade, 1e-6);
        assertEquals(0.2128, perDecade, 5e-4);
    }

    @Test
    void refusesValuesOutsideTheirRange() {
        assertThrows(IllegalArgumentException.class, () -> new ButlerVolmer(0, 0.5, T));
        assertThrows(IllegalArgumentException.class, () -> new ButlerVolmer(Double.NaN, 0.5, T));
        assertThrows(IllegalArgumentException.class, () -> new ButlerVolmer(1, 1, T));
        assertThrows(IllegalArgumentException.class, () -> new ButlerVolmer(1, 0.5, -1));
        assertThrows(IllegalArgumentException.class, () -> new Electrode.Face(new ButlerVolmer(1, 0.5, T), 0));
    }
}
