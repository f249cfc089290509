package io.interphase.material.vgcf.internal;

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

class VgcfTest {

    private final Material vgcf = new Vgcf();

    @Test
    void identity() {
        assertEquals("vgcf", vgcf.id());
        assertEquals(MaterialRole.CONDUCTIVE_ADDITIVE, vgcf.role());
    }

    /** Expected values in SI, converted by hand, at −5 °C, 25 °C and 55 °C: none depends on temperature. */
    @ParameterizedTest(name = "{0} = {1} SI")
    @CsvSource({
        "density,                2000",
        "electronicConductivity, 3.0e4",   // 300 S/cm
        "ionicConductivity,      1e-8",    // 1e-10 S/cm
    })
    void valuesInSi(String name, double si) {
        Property p = vgcf.property(name).orElseThrow(() -> new AssertionError("no " + name));
        for (double t : new double[] {268.15, 298.15, 328.15}) {
            assertEquals(si, p.at(t), si * 1e-9);
        }
    }

    @Test
    void electronicConductivityIsInsideTheCitedDecade() {
        double sigma = vgcf.property("electronicConductivity").orElseThrow().at(298.15);
        assertTrue(sigma >= 1e4 && sigma <= 1e5, "1e2–1e3 S/cm is 1e4–1e5 S/m, got " + sigma);
    }

    @Test
    void bothConductivitiesAreAssumptions() {
        Set<String> assumed = vgcf.properties().stream().filter(Property::isAssumption)
                .map(p -> p.key().name()).collect(Collectors.toSet());
        assertEquals(Set.of("electronicConductivity", "ionicConductivity"), assumed);
    }
}
