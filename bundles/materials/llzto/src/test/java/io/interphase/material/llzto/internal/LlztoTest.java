package io.interphase.material.llzto.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialRole;
import io.interphase.api.material.Property;
import io.interphase.api.material.PropertyKey;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LlztoTest {

    private static final double K_B = 1.380649e-23;
    private static final double EV = 1.602176634e-19;
    private final Material nano = new LlztoNano();
    private final Material micro = new LlztoMicro();

    private Material byId(String id) {
        return id.equals("llzto-nano") ? nano : micro;
    }

    private static Map<String, Property> byName(Material m) {
        return m.properties().stream().collect(Collectors.toMap(p -> p.key().name(), Function.identity()));
    }

    @Test
    void identities() {
        assertEquals("llzto-nano", nano.id());
        assertEquals("llzto-micro", micro.id());
        assertEquals(MaterialRole.ION_CONDUCTING_FILLER, nano.role());
        assertEquals(MaterialRole.ION_CONDUCTING_FILLER, micro.role());
    }

    /** Expected values at 25 °C in SI, converted by hand from the cited figures. */
    @ParameterizedTest(name = "{0} {1} = {2} SI")
    @CsvSource({
        "llzto-nano,  particleSize,           300e-9",
        "llzto-micro, particleSize,           6.5e-6",
        "llzto-nano,  ionicConductivity,      0.10",     // 1.0e-3 S/cm
        "llzto-micro, ionicConductivity,      0.06",     // 0.6e-3 S/cm
        "llzto-nano,  electronicConductivity, 1e-6",     // 1e-8 S/cm
        "llzto-micro, electronicConductivity, 1e-6",
        "llzto-nano,  density,                5440",     // 5.44 g/cm3
        "llzto-micro, density,                5440",
        "llzto-micro, molarMass,              0.88940",
        "llzto-nano,  liDiffusivity,          1.33e-12", // 1.33e-8 cm2/s
    })
    void valuesAt25CInSi(String id, String name, double si) {
        Property p = byId(id).property(name).orElseThrow(() -> new AssertionError(id + " has no " + name));
        assertEquals(si, p.at(298.15), si * 1e-9);
    }

    @Test
    void nanoAndMicroDifferOnlyInSizeAndConductivity() {
        Map<String, Property> n = byName(nano);
        Map<String, Property> m = byName(micro);
        assertEquals(n.keySet(), m.keySet());
        Set<String> different = n.keySet().stream().filter(k -> !n.get(k).equals(m.get(k))).collect(Collectors.toSet());
        assertEquals(Set.of("particleSize", "ionicConductivity"), different);
        // same activation energy: the ratio of the two conductivities does not depend on temperature
        Property sn = n.get("ionicConductivity");
        Property sm = m.get("ionicConductivity");
        for (double t : new double[] {268.15, 298.15, 328.15}) {
            assertEquals(1.0 / 0.6, sn.at(t) / sm.at(t), 1e-12);
        }
        assertNotEquals(nano.name(), micro.name());
    }

    @Test
    void conductivityAndDiffusivityAreArrheniusWith0385eV() {
        double ratio = Math.exp(-0.385 * EV / K_B * (1 / 268.15 - 1 / 298.15));
        for (String key : new String[] {"ionicConductivity", "liDiffusivity"}) {
            Property p = nano.property(key).orElseThrow();
            assertEquals(ratio, p.at(268.15) / p.at(298.15), 1e-12, key);
            assertTrue(p.at(328.15) > p.at(298.15), key);
        }
    }

    @Test
    void densityAgreesWithTheCubicCell() {
        double a = 12.94e-10; // m, cubic Ta-doped LLZO
        double rho = 8 * nano.property(PropertyKey.MOLAR_MASS).orElseThrow().at(298.15) / (6.02214076e23 * a * a * a);
        assertEquals(rho, nano.property(PropertyKey.DENSITY).orElseThrow().at(298.15), rho * 0.005);
    }

    @Test
    void diffusivityIsConsistentWithTheConductivityByNernstEinstein() {
        // σ = D c F² / (R T), c = 6.4 ρ / M; with a Haven ratio the measured σ is lower, within a factor ~3
        double f = 96485.33212;
        double c = 6.4 * 5440 / 0.88940;
        double sigmaNe = 1.33e-12 * c * f * f / (8.314462618 * 298.15);
        assertEquals(0.1955, sigmaNe, 0.001);
        double sigma = nano.property(PropertyKey.IONIC_CONDUCTIVITY).orElseThrow().at(298.15);
        assertTrue(sigmaNe / sigma > 1 && sigmaNe / sigma < 3, "ratio " + sigmaNe / sigma);
    }

    @Test
    void onlyTheElectronicConductivityIsAnAssumption() {
        for (Material m : new Material[] {nano, micro}) {
            Set<String> assumed = m.properties().stream().filter(Property::isAssumption)
                    .map(p -> p.key().name()).collect(Collectors.toSet());
            assertEquals(Set.of("electronicConductivity", "exchangeCurrentDensity"), assumed, m.id());
        }
    }
}
