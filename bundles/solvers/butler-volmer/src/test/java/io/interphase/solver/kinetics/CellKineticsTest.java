package io.interphase.solver.kinetics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.InvalidInputException;
import io.interphase.api.cell.Cell;
import io.interphase.api.cell.Layer;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class CellKineticsTest {

    private static final double MA_CM2 = 10; // A/m² per mA/cm²

    @Test
    void bareLiOnLpsclReturnsTheCalibrationExchangeCurrentAtMinusFiveCelsius() {
        SymmetricCell cell = StudyCells.kinetics(null, -1);
        Electrode first = cell.first();
        assertInstanceOf(Electrode.Face.class, first);
        assertEquals(0.291, first.effectiveExchangeCurrentDensity(StudyCells.MINUS_5_C) / MA_CM2, 1e-9);
        // a Tafel fit of the simulated sweep, the electrolyte's resistance fitted along, gives it back
        TafelFit.Result fit = TafelFit.fit(cell.sweep(0.3, 61), StudyCells.MINUS_5_C, 2, Double.NaN, Double.POSITIVE_INFINITY);
        assertEquals(0.291, fit.exchangeCurrentDensity() / MA_CM2, 1e-6);
        // noise-free data reach α = ½ exactly: α is held there and i0 keeps a (tiny) standard error
        assertEquals(0.5, fit.alpha());
        assertTrue(Double.isFinite(fit.exchangeCurrentDensityError()));
        assertEquals(cell.electrolyteResistance(), fit.seriesResistance(), 1e-6 * cell.electrolyteResistance());
    }

    @Test
    void aLayersEffectiveExchangeCurrentFollowsItsContactAreaNotATypedInNumber() {
        double sc = i0(null, 0);
        double micro = i0("llzto-micro", 0.2);
        double nano10 = i0("llzto-nano", 0.1);
        double nano20 = i0("llzto-nano", 0.2);
        double nano30 = i0("llzto-nano", 0.3);
        // nano particles give ~22× the LLZTO|carbon contact of micro ones at the same fraction
        assertTrue(nano20 > micro && micro > sc, "nano " + nano20 + ", micro " + micro + ", SC " + sc);
        assertTrue(nano30 > nano20 && nano20 > nano10 && nano10 > sc);
    }

    @Test
    void simulatedSweepIsOddAndItsInverseIsExact() {
        SymmetricCell cell = StudyCells.kinetics("llzto-nano", 0.2);
        Sweep sweep = cell.sweep(0.3, 21);
        double[] v = sweep.voltage();
        double[] j = sweep.currentDensity();
        for (int i = 0; i < v.length; i++) {
            assertEquals(-j[v.length - 1 - i], j[i], 1e-8 * Math.abs(j[i]) + 1e-15);
            assertEquals(v[i], cell.voltage(j[i]), 1e-9);
        }
    }

    @Test
    void refusesACellThatIsNotSymmetricAndNamesTheLayer() {
        Cell cell = new Cell("half", 1e-4, 298.15, OptionalDouble.empty(),
                List.of(Layer.of("li-metal", 2e-5), Layer.of("lpscl", 5e-4), Layer.of("soft-carbon", 3e-5)));
        var props = new io.interphase.cell.internal.CellModelComponent().evaluate(cell, StudyCells.MATERIALS);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CellKinetics.symmetric(props, StudyCells.MATERIALS, 0.5));
        assertEquals("layers[2]", e.errors().get(0).field());
    }

    private static double i0(String llzto, double fraction) {
        return StudyCells.kinetics(llzto, fraction).first().effectiveExchangeCurrentDensity(StudyCells.MINUS_5_C) / MA_CM2;
    }
}
