package io.interphase.material.limetal.internal;

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

class LiMetalTest {

    private static final double K_B = 1.380649e-23;
    private static final double EV = 1.602176634e-19;
    private final Material li = new LiMetal();

    private double at25(String name) {
        return li.property(name).orElseThrow(() -> new AssertionError("no " + name)).at(298.15);
    }

    @Test
    void identity() {
        assertEquals("li-metal", li.id());
        assertEquals(MaterialRole.ANODE, li.role());
        assertTrue(li.ocv().isEmpty());
    }

    /** Expected values in SI, converted by hand from the cited figures. */
    @ParameterizedTest(name = "{0} = {1} SI")
    @CsvSource({
        "density,                534",       // 0.534 g/cm3
        "molarMass,              6.94e-3",   // 6.94 g/mol
        "electronicConductivity, 1.078e7",   // 1 / 9.28e-8 Ohm m
        "ionicConductivity,      1.078e7",   // = electronic, see the class
        "liDiffusivity,          5.6e-15",   // 5.6e-11 cm2/s
        "youngsModulus,          6.4e9",     // 6.4 GPa
        "yieldStress,            0.8e6",     // 0.8 MPa
    })
    void valuesAt25CInSi(String name, double si) {
        assertEquals(si, at25(name), si * 1e-9);
    }

    @Test
    void conductivityIsTheReciprocalOfTheCrcResistivityAndDensityMatchesTheMolarVolume() {
        assertEquals(1 / 9.28e-8, at25("electronicConductivity"), 1e7 * 1e-3);
        assertEquals(13.0e-6, at25("molarMass") / at25("density"), 13.0e-6 * 0.01);
    }

    @Test
    void exchangeCurrentIsTheCalibrationValueAtMinus5CAndFollowsArrhenius() {
        Property i0 = li.property(PropertyKey.EXCHANGE_CURRENT_DENSITY).orElseThrow();
        assertEquals(2.91, i0.at(268.15), 1e-12); // 0.291 mA/cm2 = 2.91 A/m2
        double ea = 0.36 * EV;
        assertEquals(Math.exp(-ea / K_B * (1 / 298.15 - 1 / 268.15)), i0.at(298.15) / i0.at(268.15), 1e-12);
        assertEquals(2.91 * 4.795178, i0.at(298.15), 1e-5); // worked by hand: factor 4.795 from −5 °C to 25 °C
    }

    @Test
    void selfDiffusionIsActivated() {
        Property d = li.property(PropertyKey.LI_DIFFUSIVITY).orElseThrow();
        assertEquals(Math.exp(-0.55 * EV / K_B * (1 / 268.15 - 1 / 298.15)), d.at(268.15) / d.at(298.15), 1e-12);
        assertTrue(d.at(328.15) > d.at(298.15));
    }

    @Test
    void assumptionsAreExactlyTheChosenValues() {
        Set<String> assumed = li.properties().stream().filter(Property::isAssumption)
                .map(p -> p.key().name()).collect(Collectors.toSet());
        assertEquals(Set.of("ionicConductivity", "liDiffusivity", "exchangeCurrentDensity", "creepRateAtYield"), assumed);
    }
}
