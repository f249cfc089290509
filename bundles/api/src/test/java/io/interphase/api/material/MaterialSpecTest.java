package io.interphase.api.material;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MaterialSpecTest {

    private static MaterialSpec.Builder ptfe() {
        return MaterialSpec.builder("ptfe", "PTFE binder", MaterialRole.BINDER)
                .property(Property.constant(PropertyKey.DENSITY, "2.2 g/cm3", "CRC Handbook"));
    }

    @Test
    void arrheniusEqualsReferenceAt25CAndRisesWithTemperature() {
        Property p = Property.arrhenius(PropertyKey.IONIC_CONDUCTIVITY, "1.8 mS/cm", "0.36 eV", "test");
        assertEquals(0.18, p.at(298.15), 1e-15);
        assertTrue(p.at(318.15) > p.at(298.15));
        // ln(σ1/σ2) = -Ea/k (1/T1 - 1/T2), exactly
        double ea = 0.36 * 1.602176634e-19;
        double k = 1.380649e-23;
        assertEquals(-ea / k * (1 / 268.15 - 1 / 298.15), Math.log(p.at(268.15) / p.at(298.15)), 1e-12);
    }

    @Test
    void aPropertyValueMustHaveTheKeysDimension() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Property.constant(PropertyKey.DENSITY, "2.2 g/cm2", "x"));
        assertTrue(e.getMessage().contains("density"), e.getMessage());
    }

    @Test
    void aMaterialNeedsADensityAndUniqueKeys() {
        assertThrows(IllegalArgumentException.class,
                () -> MaterialSpec.builder("x", "X", MaterialRole.BINDER).build());
        assertThrows(IllegalArgumentException.class, () -> ptfe()
                .property(Property.constant(PropertyKey.DENSITY, "2.1 g/cm3", "other")).build());
    }

    @Test
    void idsAreLowercaseWordsJoinedByDashes() {
        assertThrows(IllegalArgumentException.class, () -> MaterialSpec.builder("Bad Id", "X", MaterialRole.BINDER)
                .property(Property.constant(PropertyKey.DENSITY, "1 g/cm3", "x")).build());
        assertEquals("ptfe", ptfe().build().id());
    }

    @Test
    void negativeValuesOfPhysicallyNonNegativePropertiesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Property.constant(PropertyKey.IONIC_CONDUCTIVITY, "-1 mS/cm", "x"));
        assertTrue(e.getMessage().contains("ionicConductivity") && e.getMessage().contains("at least 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Property.arrhenius(PropertyKey.LI_DIFFUSIVITY, "-1e-8 cm2/s", "0.3 eV", "x"));
        // a key of one's own without a minimum takes negative values
        PropertyKey entropic = new PropertyKey("entropicCoefficient", io.interphase.api.units.Dimension.VOLTAGE
                .times(io.interphase.api.units.Dimension.TEMPERATURE.pow(-1)), "V/K");
        assertEquals(-1e-4, Property.constant(entropic, "-0.1 mV/K", "x").at(300), 1e-15);
    }

    @Test
    void anArrheniusLawCanBeAnchoredAtAnotherTemperature() {
        Property i0 = Property.arrhenius(PropertyKey.EXCHANGE_CURRENT_DENSITY, "0.291 mA/cm2", "0.36 eV", "-5 degC", "x");
        assertEquals(2.91, i0.at(268.15), 1e-12);
        assertTrue(i0.at(298.15) > i0.at(268.15));
    }

    @Test
    void nernstEinsteinGivesTheConductivityOfADiffusivityAtEveryTemperature() {
        Property d = Property.arrhenius(PropertyKey.LI_DIFFUSIVITY, "1e-11 cm2/s", "0.27 eV", "x");
        double c = 27752;
        Property sigma = Property.ionicConductivityFromDiffusivity(d, c, "derived");
        double f = 96485.33212;
        double r = 8.314462618;
        for (double t : new double[] {268.15, 298.15, 328.15}) {
            assertEquals(d.at(t) * c * f * f / (r * t), sigma.at(t), 1e-18);
        }
        // soft carbon's figure: 1e-15 m2/s at LiC6 concentration -> about 1.04e-4 S/m at 25 degC
        assertEquals(1.04e-4, sigma.at(298.15), 0.01e-4);
        assertThrows(IllegalArgumentException.class,
                () -> Property.ionicConductivityFromDiffusivity(Property.constant(PropertyKey.DENSITY, "1 g/cm3", "x"), c, "x"));
    }

    @Test
    void assumptionsAreMarked() {
        Property p = Property.constant(PropertyKey.PARTICLE_SIZE, "10 um", "x").assumed("no figure in the study");
        assertTrue(p.isAssumption());
        assertEquals("no figure in the study", p.assumption());
    }

    @Test
    void negativeTemperatureIsRejected() {
        Property p = Property.constant(PropertyKey.DENSITY, "1 g/cm3", "x");
        assertThrows(IllegalArgumentException.class, () -> p.at(-1));
        assertThrows(IllegalArgumentException.class, () -> p.at(Double.NaN));
    }

    @Test
    void lookupByKeyAndName() {
        MaterialSpec m = ptfe().build();
        assertEquals(2200, m.property(PropertyKey.DENSITY).orElseThrow().at(300), 1e-9);
        assertTrue(m.property("ionicConductivity").isEmpty());
    }
}
