package io.interphase.cell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.InvalidInputException;
import io.interphase.api.cell.Cell;
import io.interphase.api.cell.Constituent;
import io.interphase.api.cell.Layer;
import io.interphase.api.cell.LayerMicrostructure;
import io.interphase.api.cell.LayerProperties;
import io.interphase.api.cell.Percolation;
import io.interphase.api.material.MaterialCatalog;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class LayerPackingTest {

    private static final MaterialCatalog STUDY = TestMaterials.study();
    private static final double AREA = 0.785e-4;

    private static Cell cell(String filler, double wt, double kelvin) {
        Layer layer = new Layer(List.of(Constituent.of("soft-carbon", 1 - wt), Constituent.of(filler, wt)),
                OptionalDouble.of(30e-6), OptionalDouble.empty(), Percolation.SPHERES_3D);
        return new Cell("t", AREA, kelvin, OptionalDouble.empty(), List.of(layer));
    }

    private static LayerMicrostructure packed(String filler, double wt, double kelvin) {
        return new CellModelComponent().microstructure(cell(filler, wt, kelvin), 0, STUDY, 1).orElseThrow();
    }

    @Test
    void theNetworkLiesWithinTheBoundsAndTheCarbonCarriesTheElectrons() {
        LayerMicrostructure m = packed("llzto-nano", 0.2, 328.15);
        LayerProperties gem = new CellModelComponent().evaluate(cell("llzto-nano", 0.2, 328.15), STUDY).layers().get(0);
        assertEquals(gem.volumeFractions().get("llzto-nano"), m.volumeFractions().get("llzto-nano"), 0.015);
        // any arrangement of the phases lies within the Wiener bounds
        assertTrue(m.electronicConductivity() <= gem.electronic().parallel() * (1 + 1e-9));
        assertTrue(m.electronicConductivity() >= gem.electronic().series() * (1 - 1e-9));
        assertTrue(m.ionicConductivity() <= gem.ionic().parallel() * (1 + 1e-9));
        // 8.4 vol% of LLZTO is well below the overlapping-sphere threshold: isolated, the carbon continuous
        assertFalse(m.percolates().get("llzto-nano"));
        assertTrue(m.percolates().get("soft-carbon"));
        assertEquals(Double.POSITIVE_INFINITY, m.tortuosity().get("llzto-nano"));
        assertTrue(m.tortuosity().get("soft-carbon") >= 1 && m.tortuosity().get("soft-carbon") < 1.5);
    }

    @Test
    void nanoParticlesOfferTheContactAreaTheirSizeSays() {
        // contact area per volume scales as 1/d at one fraction: 6.5 um / 300 nm ≈ 22 times
        double nano = packed("llzto-nano", 0.2, 298.15).contactAreas().get("soft-carbon|llzto-nano");
        double micro = packed("llzto-micro", 0.2, 298.15).contactAreas().get("soft-carbon|llzto-micro");
        assertEquals(6.5 / 0.3, nano / micro, 0.15 * 6.5 / 0.3);
        // and the free surface of random spheres, 3 (1 − φ)(−ln(1 − φ)) / r at the packed fraction
        double phi = packed("llzto-nano", 0.2, 298.15).volumeFractions().get("llzto-nano");
        assertEquals(3 * (1 - phi) * -Math.log(1 - phi) / 150e-9, nano, 0.08 * nano);
    }

    @Test
    void theIonicConductivityRisesWithTheTemperature() {
        double cold = packed("llzto-nano", 0.3, 268.15).ionicConductivity();
        double room = packed("llzto-nano", 0.3, 298.15).ionicConductivity();
        double test = packed("llzto-nano", 0.3, 328.15).ionicConductivity();
        assertTrue(cold < room && room < test, cold + " < " + room + " < " + test);
    }

    @Test
    void theSameSeedGivesTheSameLayerAndOneMaterialNone() {
        assertEquals(packed("llzto-nano", 0.1, 298.15).ionicConductivity(), packed("llzto-nano", 0.1, 298.15).ionicConductivity());
        Cell plain = new Cell("t", AREA, 298.15, OptionalDouble.empty(), List.of(Layer.of("lpscl", 1e-4)));
        assertTrue(new CellModelComponent().microstructure(plain, 0, STUDY, 1).isEmpty());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new CellModelComponent().microstructure(plain, 3, STUDY, 1));
        assertEquals("layer", e.errors().get(0).field());
    }

    @Test
    void particlesThickerThanTheLayerAreRefused() {
        Layer thin = new Layer(List.of(Constituent.of("soft-carbon", 0.8), Constituent.of("llzto-micro", 0.2)),
                OptionalDouble.of(3e-6), OptionalDouble.empty(), Percolation.SPHERES_3D);
        Cell cell = new Cell("t", AREA, 298.15, OptionalDouble.empty(), List.of(thin));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new CellModelComponent().microstructure(cell, 0, STUDY, 1));
        assertEquals("layers[0]", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("do not fit"), e.errors().get(0).message());
    }
}
