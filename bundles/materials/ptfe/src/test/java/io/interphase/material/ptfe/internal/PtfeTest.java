package io.interphase.material.ptfe.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialRole;
import io.interphase.api.material.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PtfeTest {

    private final Material ptfe = new Ptfe();

    @Test
    void identityAndEveryAssumptionSaysWhy() {
        assertEquals("ptfe", ptfe.id());
        assertEquals(MaterialRole.BINDER, ptfe.role());
        for (Property p : ptfe.properties()) {
            assertTrue(!p.source().isBlank(), p.key().name());
            assertTrue(!p.isAssumption() || !p.assumption().isBlank(), p.key().name());
        }
    }

    /** Expected values in SI, converted by hand; none depends on temperature. */
    @ParameterizedTest(name = "{0} = {1} SI")
    @CsvSource({
        "density,                2160",
        "electronicConductivity, 1e-16",   // 1e-18 S/cm
        "ionicConductivity,      1e-10",   // 1e-12 S/cm
        "particleSize,           2e-7",
    })
    void valuesInSi(String name, double si) {
        Property p = ptfe.property(name).orElseThrow(() -> new AssertionError("no " + name));
        for (double t : new double[] {268.15, 298.15, 328.15}) {
            assertEquals(si, p.at(t), si * 1e-9);
        }
    }
}
