package io.interphase.material.softcarbon.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialRole;
import io.interphase.api.material.Property;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SoftCarbonTest {

    private static final double K_B = 1.380649e-23;
    private static final double EV = 1.602176634e-19;
    private final Material sc = new SoftCarbon();

    private Property property(String name) {
        return sc.property(name).orElseThrow(() -> new AssertionError("no " + name));
    }

    @Test
    void identity() {
        assertEquals("soft-carbon", sc.id());
        assertEquals(MaterialRole.CONDUCTIVE_HOST, sc.role());
    }

    /** Expected values at 25 °C in SI, converted by hand from the cited or chosen figures. */
    @ParameterizedTest(name = "{0} = {1} SI")
    @CsvSource({
        "density,                2000",
        "electronicConductivity, 300",       // 3 S/cm
        "liDiffusivity,          1e-15",     // 1e-11 cm2/s
        "specificCapacity,       990000",    // 275 mAh/g = 275 × 3.6 C / 1e-3 kg
        "particleSize,           5e-6",
    })
    void valuesAt25CInSi(String name, double si) {
        assertEquals(si, property(name).at(298.15), si * 1e-9);
    }

    @Test
    void ionicConductivityIsNernstEinsteinFromTheDiffusivity() {
        // worked by hand: c = 2000 / (6 × 0.012011) = 27 752 mol/m3;
        // σ = 1e-15 × 27 752 × 96 485.33² / (8.314463 × 298.15) = 1.0422e-4 S/m
        assertEquals(1.0422e-4, property("ionicConductivity").at(298.15), 1e-8);
    }

    @Test
    void transportIsActivatedWith027eV() {
        double ratio = Math.exp(-0.27 * EV / K_B * (1 / 268.15 - 1 / 298.15));
        Property d = property("liDiffusivity");
        Property sigma = property("ionicConductivity");
        assertEquals(ratio, d.at(268.15) / d.at(298.15), 1e-12);
        // Nernst–Einstein: σ ∝ D / T
        assertEquals(ratio * 298.15 / 268.15, sigma.at(268.15) / sigma.at(298.15), 1e-12);
        assertTrue(sigma.at(328.15) > sigma.at(298.15) && d.at(328.15) > d.at(298.15));
    }

    @Test
    void electronsOutrunIons() {
        assertTrue(property("electronicConductivity").at(298.15) > 1e5 * property("ionicConductivity").at(298.15));
    }

    @Test
    void assumptionsAreMarked() {
        Set<String> assumed = sc.properties().stream().filter(Property::isAssumption)
                .map(p -> p.key().name()).collect(Collectors.toSet());
        assertEquals(Set.of("electronicConductivity", "liDiffusivity", "ionicConductivity", "particleSize",
                "exchangeCurrentDensity"), assumed);
    }
}
