package io.interphase.cell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.InvalidInputException;
import io.interphase.api.cell.Cell;
import io.interphase.api.cell.CellProperties;
import io.interphase.api.cell.Constituent;
import io.interphase.api.cell.Layer;
import io.interphase.api.cell.LayerProperties;
import io.interphase.api.cell.Percolation;
import io.interphase.api.material.MaterialCatalog;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayerEvaluatorTest {

    private static final MaterialCatalog STUDY = TestMaterials.study();
    private static final double AREA = 0.785e-4;

    private static LayerProperties evaluate(Layer layer, double kelvin) {
        Cell cell = new Cell("t", AREA, kelvin, OptionalDouble.empty(), List.of(layer));
        CellProperties p = new CellModelComponent().evaluate(cell, STUDY);
        return p.layers().get(0);
    }

    private static Layer interlayer(String filler, double wt) {
        return new Layer(List.of(Constituent.of("soft-carbon", 1 - wt), Constituent.of(filler, wt)),
                OptionalDouble.of(30e-6), OptionalDouble.empty(), Percolation.SPHERES_3D);
    }

    @ParameterizedTest(name = "{0} wt% LLZTO")
    @CsvSource({"10, 0.03925", "20, 0.08418", "30, 0.13612"})
    void massFractionsBecomeVolumeFractionsByDensity(double wt, double expectedVolumeFraction) {
        // φ = (w/5.44) / (w/5.44 + (1 − w)/2.0); docs/physics.md §2: roughly 4, 8.5 and 14 vol%
        LayerProperties p = evaluate(interlayer("llzto-nano", wt / 100), 298.15);
        assertEquals(expectedVolumeFraction, p.volumeFractions().get("llzto-nano"), 1e-5);
        assertEquals(1, p.volumeFractions().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
    }

    @Test
    void thicknessFollowsFromMassDensityAndArea() {
        Layer lpscl = new Layer(List.of(Constituent.of("lpscl", 1)), OptionalDouble.empty(), OptionalDouble.of(80e-6),
                Percolation.SPHERES_3D);
        assertEquals(80e-6 / (1865 * AREA), evaluate(lpscl, 298.15).thickness(), 1e-12);
        assertEquals(546.4e-6, evaluate(lpscl, 298.15).thickness(), 0.1e-6);
    }

    @Test
    void aSingleMaterialLayerHasTheMaterialsConductivityAtTheCellTemperature() {
        LayerProperties warm = evaluate(Layer.of("lpscl", 100e-6), 298.15);
        LayerProperties cold = evaluate(Layer.of("lpscl", 100e-6), 268.15);
        assertEquals(0.18, warm.ionicConductivity(), 1e-12);
        assertTrue(cold.ionicConductivity() < warm.ionicConductivity());
        assertEquals(100e-6 / 0.18, warm.ionicAreaResistance(), 1e-12);
        assertEquals(0, warm.interfaceAreaDensity());
    }

    @Test
    void nanoParticlesGiveMoreContactAreaInTheRatioOfTheDiameters() {
        LayerProperties nano = evaluate(interlayer("llzto-nano", 0.2), 298.15);
        LayerProperties micro = evaluate(interlayer("llzto-micro", 0.2), 298.15);
        assertEquals(6.5e-6 / 300e-9, nano.interfaceAreaDensity() / micro.interfaceAreaDensity(), 1e-9);
        // in SC + LLZTO alone every LLZTO surface touches carbon: a = 6 φ / d
        assertEquals(6 * nano.volumeFractions().get("llzto-nano") / 300e-9, nano.interfaceAreaDensity(), 1e-3);
    }

    @Test
    void contactAreaScalesWithTheShareOfElectronConductorsAround() {
        double[] phi = {0.2, 0.4, 0.4};
        double[] ionic = {1e-1, 1e-9, 1e-12};
        double[] electronic = {1e-9, 1.0, 1e-12};
        double[] size = {1e-6, 5e-6, 5e-6};
        // the third phase is inert (equal, tiny conductivities); half of the others conduct electrons: half of 6 φ / d
        assertEquals(6 * 0.2 / 1e-6 * 0.4 / 0.8, LayerEvaluator.interfaceAreaDensity(phi, ionic, electronic, size), 1e-6);
    }

    @Test
    void electronsPercolateThroughCarbonButIonsThroughLlztoOnlyAboveItsThreshold() {
        LayerProperties p = evaluate(interlayer("llzto-nano", 0.2), 298.15);
        // 8.4 vol% LLZTO sits below φc = 0.16: the ionic path is much poorer than LLZTO itself
        assertTrue(p.ionicConductivity() < 0.1 * 0.1, "ionic " + p.ionicConductivity());
        assertTrue(p.electronicConductivity() > 100, "electronic " + p.electronicConductivity());
        assertEquals(30e-6 / p.electronicConductivity(), p.electronicAreaResistance(), 1e-15);
    }

    @Test
    void aLayerNamingAnAbsentMaterialIsRefusedByField() {
        Cell cell = new Cell("t", AREA, 298.15, OptionalDouble.empty(), List.of(Layer.of("lpscl", 1e-4), Layer.of("x", 1e-4)));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new CellModelComponent().evaluate(cell, STUDY));
        assertEquals("layers[1]", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("no material 'x'"));
    }
}
