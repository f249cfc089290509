package io.interphase.material.lcolzo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialRole;
import io.interphase.api.material.Property;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LzoCoatedLcoTest {

    private static final double K_B = 1.380649e-23;
    private static final double EV = 1.602176634e-19;
    private final Material lco = new LzoCoatedLco();

    private Property property(String name) {
        return lco.property(name).orElseThrow(() -> new AssertionError("no " + name));
    }

    @Test
    void identityAndCurve() {
        assertEquals("lco-lzo", lco.id());
        assertEquals(MaterialRole.CATHODE_ACTIVE, lco.role());
        assertSame(RamadassLcoOcv.class, lco.ocv().orElseThrow().getClass());
    }

    /** Expected values at 25 °C in SI, converted by hand from the cited or chosen figures. */
    @ParameterizedTest(name = "{0} = {1} SI")
    @CsvSource({
        "density,                5050",
        "molarMass,              0.097871",
        "specificCapacity,       986400",   // 274 mAh/g × 3.6 C/mAh / 1e-3 kg/g
        "practicalCapacity,      486000",   // 135 mAh/g
        "liDiffusivity,          1e-15",    // 1e-11 cm2/s
        "electronicConductivity, 0.1",      // 1e-3 S/cm
        "ionicConductivity,      1.9377e-4", // Nernst–Einstein, worked in the class Javadoc
        "particleSize,           5e-6",
        "lowerCutoffVoltage,     3.0",
        "upperCutoffVoltage,     4.2",
    })
    void valuesAt25CInSi(String name, double si) {
        assertEquals(si, property(name).at(298.15), si * 1e-4);
    }

    @Test
    void theoreticalCapacityIsOneLiPerFormulaUnit() {
        double faraday = 96485.33212;
        assertEquals(faraday / property("molarMass").at(298.15), property("specificCapacity").at(298.15), 986400 * 0.002);
        // the practical 135 mAh/g is about half a Li per formula unit, Li0.5CoO2 to LiCoO2
        assertEquals(0.49, property("practicalCapacity").at(298.15) / property("specificCapacity").at(298.15), 0.01);
    }

    @Test
    void diffusionIsActivatedWith1855kJPerMol() {
        double ea = 0.1923 * EV;
        double ratio = Math.exp(-ea / K_B * (1 / 268.15 - 1 / 298.15));
        Property d = property("liDiffusivity");
        Property sigma = property("ionicConductivity");
        assertEquals(ratio, d.at(268.15) / d.at(298.15), 1e-12);
        // Nernst–Einstein: σ ∝ D / T
        assertEquals(ratio * 298.15 / 268.15, sigma.at(268.15) / sigma.at(298.15), 1e-12);
        assertTrue(sigma.at(328.15) > sigma.at(298.15) && d.at(328.15) > d.at(298.15));
        assertEquals(18550 / 96485.33212, 0.1923, 1e-4); // J/mol to eV
    }

    @Test
    void theCutOffsLieOnTheOcvCurve() {
        var ocv = lco.ocv().orElseThrow();
        double lower = property("lowerCutoffVoltage").at(298.15);
        double upper = property("upperCutoffVoltage").at(298.15);
        assertTrue(ocv.voltage(ocv.minFraction()) > upper - 0.05);
        assertTrue(ocv.voltage(ocv.maxFraction()) < lower);
    }

    @Test
    void assumptionsAreMarked() {
        Set<String> assumed = lco.properties().stream().filter(Property::isAssumption)
                .map(p -> p.key().name()).collect(Collectors.toSet());
        assertEquals(Set.of("liDiffusivity", "electronicConductivity", "ionicConductivity", "particleSize",
                "lowerCutoffVoltage", "upperCutoffVoltage", "exchangeCurrentDensity", "interphaseGrowthRate"), assumed);
    }
}
