package io.interphase.solver.kinetics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.InvalidInputException;
import io.interphase.api.cell.Cell;
import io.interphase.api.cell.CellProperties;
import io.interphase.api.cell.Constituent;
import io.interphase.api.cell.Layer;
import io.interphase.api.cell.Percolation;
import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialCatalog;
import io.interphase.api.material.MaterialComponent;
import io.interphase.api.material.MaterialRole;
import io.interphase.api.material.MaterialSpec;
import io.interphase.api.material.Property;
import io.interphase.api.material.PropertyKey;
import io.interphase.cell.internal.CellModelComponent;
import io.interphase.material.limetal.internal.LiMetal;
import io.interphase.material.llzto.internal.LlztoNano;
import io.interphase.material.lpscl.internal.Lpscl;
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
    void eachContactOfALayerTakesTheExchangeCurrentItsMaterialsDeclare() {
        double t = 328.15;
        MixedConductorLayer layer = (MixedConductorLayer) CellKinetics.symmetric(StudyCells.symmetric("llzto-nano", 0.2, t),
                StudyCells.MATERIALS, 0.5).first();
        double carbon = i0Of("soft-carbon", t);
        double garnet = i0Of("llzto-nano", t);
        assertEquals(carbon, layer.kinetics().interior().exchangeCurrentDensity(), 1e-12);
        assertEquals(carbon, layer.kinetics().electrolyteFace().exchangeCurrentDensity(), 1e-12);
        assertEquals(garnet, layer.kinetics().metalFace().exchangeCurrentDensity(), 1e-12);
        assertTrue(garnet > 2 * carbon, "a clean garnet | Li contact passes more than Li | LPSCl: " + garnet + " vs " + carbon);
    }

    @Test
    void aCarbonThatDeclaresNoExchangeCurrentTakesTheMetalsAndOneThatDeclaresMoreTurnsMoreCurrentInside() {
        double t = 328.15;
        Material plain = carbon("plain-carbon", null);
        Material fast = carbon("fast-carbon", "50 mA/cm2"); // ten times Li | LPSCl at 55 °C
        MaterialCatalog materials = MaterialCatalog.of(List.of(new LiMetal(), new Lpscl(), new LlztoNano(), plain, fast));
        MixedConductorLayer withPlain = layer(materials, "plain-carbon", t);
        MixedConductorLayer withFast = layer(materials, "fast-carbon", t);
        double li = new LiMetal().property(PropertyKey.EXCHANGE_CURRENT_DENSITY).orElseThrow().at(t);
        assertEquals(li, withPlain.kinetics().interior().exchangeCurrentDensity(), 1e-12);
        assertEquals(500, withFast.kinetics().electrolyteFace().exchangeCurrentDensity(), 1e-9);
        // plating at 1 mA/cm2: faster contacts everywhere shorten the reaction's reach into the layer
        assertTrue(withFast.profile(-10).electrolyteFaceShare() > withPlain.profile(-10).electrolyteFaceShare());
        assertTrue(Math.abs(withFast.voltage(-10)) < Math.abs(withPlain.voltage(-10)), "less overpotential to plate: "
                + withFast.voltage(-10) + " vs " + withPlain.voltage(-10));
    }

    private static double i0Of(String material, double t) {
        return StudyCells.MATERIALS.find(material).orElseThrow().property(PropertyKey.EXCHANGE_CURRENT_DENSITY).orElseThrow().at(t);
    }

    /** A lithiated carbon of the soft carbon's conductivities, with an exchange current or none. */
    private static Material carbon(String id, String i0) {
        MaterialSpec.Builder b = MaterialSpec.builder(id, id, MaterialRole.CONDUCTIVE_HOST)
                .property(Property.constant(PropertyKey.DENSITY, "2.0 g/cm3", "test"))
                .property(Property.constant(PropertyKey.ELECTRONIC_CONDUCTIVITY, "3 S/cm", "test"))
                .property(Property.constant(PropertyKey.IONIC_CONDUCTIVITY, "1e-6 S/cm", "test"));
        if (i0 != null) {
            b.property(Property.constant(PropertyKey.EXCHANGE_CURRENT_DENSITY, i0, "test"));
        }
        MaterialSpec spec = b.build();
        return new MaterialComponent(spec) { };
    }

    private static MixedConductorLayer layer(MaterialCatalog materials, String carbon, double t) {
        Layer inter = new Layer(List.of(Constituent.of(carbon, 0.8), Constituent.of("llzto-nano", 0.2)), OptionalDouble.of(30e-6),
                OptionalDouble.empty(), Percolation.SPHERES_3D);
        Cell cell = new Cell("contacts", 0.785e-4, t, OptionalDouble.empty(), List.of(Layer.of("li-metal", 20e-6), inter,
                new Layer(List.of(Constituent.of("lpscl", 1)), OptionalDouble.empty(), OptionalDouble.of(80e-6),
                        Percolation.SPHERES_3D), inter, Layer.of("li-metal", 20e-6)));
        CellProperties props = new CellModelComponent().evaluate(cell, materials);
        return (MixedConductorLayer) CellKinetics.symmetric(props, materials, 0.5).first();
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
