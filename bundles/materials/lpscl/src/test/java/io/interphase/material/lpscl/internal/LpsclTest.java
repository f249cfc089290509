package io.interphase.material.lpscl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialRole;
import io.interphase.api.material.Property;
import io.interphase.api.material.PropertyKey;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LpsclTest {

    private static final double K_B = 1.380649e-23;
    private static final double EV = 1.602176634e-19;
    private final Material lpscl = new Lpscl();

    private Property property(String name) {
        return lpscl.property(name).orElseThrow(() -> new AssertionError("no " + name));
    }

    @Test
    void identity() {
        assertEquals("lpscl", lpscl.id());
        assertEquals(MaterialRole.SOLID_ELECTROLYTE, lpscl.role());
    }

    /** The value at 25 °C in SI (converted by hand) and in the key's display unit (the cited figure). */
    @ParameterizedTest(name = "{0} = {1} SI = {2} {3}")
    @CsvSource({
        "density,                1865,   1.865, g/cm3",
        "molarMass,              0.268364, 268.364, g/mol",
        "ionicConductivity,      0.18,   1.8,   mS/cm",
        "electronicConductivity, 1e-7,   1e-9,  S/cm",
        "youngsModulus,          25.5e9, 25.5,  GPa",
        "fractureToughness,      0.23e6, 0.23,  MPa m^0.5",
    })
    void valuesAt25C(String name, double si, double display, String displayUnit) {
        Property p = property(name);
        assertEquals(si, p.at(298.15), Math.abs(si) * 1e-9);
        assertEquals(displayUnit, p.key().displayUnit());
        assertEquals(display, p.key().toDisplay(p.at(298.15)), Math.abs(display) * 1e-9);
    }

    @Test
    void densityIsTheCrystallographicOne() {
        double nA = 6.02214076e23;
        double a = 9.85e-10;
        double rho = 4 * property("molarMass").at(298.15) / (nA * a * a * a);
        assertEquals(rho, property("density").at(298.15), rho * 1e-3);
    }

    @Test
    void ionicConductivityFollowsArrheniusWith036eV() {
        Property sigma = lpscl.property(PropertyKey.IONIC_CONDUCTIVITY).orElseThrow();
        double ratio = Math.exp(-0.36 * EV / K_B * (1 / 268.15 - 1 / 298.15));
        assertEquals(ratio, sigma.at(268.15) / sigma.at(298.15), 1e-12);
        assertEquals(0.03754, sigma.at(268.15), 0.00001); // by hand: 0.18 S/m × 0.2085 at −5 °C
        assertTrue(sigma.at(328.15) > sigma.at(298.15));
    }

    @Test
    void electronsAreBlockedByMoreThanSixOrdersOfMagnitude() {
        assertTrue(property("ionicConductivity").at(298.15) / property("electronicConductivity").at(298.15) > 1e6);
    }

    @Test
    void theAssumptionsAreTheLeakTheInterphaseRateAndTheCalibratedFlawSize() {
        Set<String> assumed = lpscl.properties().stream().filter(Property::isAssumption)
                .map(p -> p.key().name()).collect(Collectors.toSet());
        assertEquals(Set.of("electronicConductivity", "interphaseGrowthRate", "surfaceFlawSize"), assumed);
    }
}
