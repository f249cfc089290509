package io.interphase.api.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "5 mA/cm2; 50",
        "300 nm; 3e-7",
        "0.785 cm2; 7.85e-5",
        "80 mg; 8e-5",
        "25 degC; 298.15",
        "-5degC; 268.15",
        "268.15K; 268.15",
        "20 wt%; 0.2",
        "1.8 mS/cm; 0.18",
        "1.33e-8 cm2/s; 1.33e-12",
        "1.865 g/cm3; 1865",
        "0.25 mAh/cm2; 9000",
        "274 mAh/g; 986400",
        "375 MPa; 3.75e8",
        "0.23 MPa m^0.5; 2.3e5",
        "1 S.m-1; 1",
        "10 min; 600",
        "2 h; 7200",
        "30 µm; 3e-5",
        "30 um; 3e-5",
        "1.48 mg/cm2; 1.48e-2",
        "4.2 V; 4.2",
        "12; 12",
        "5eV; 8.01088317e-19",
        "-.5 um; -5e-7",
        "+2e+3 s; 2000",
        "1 day; 86400",
        "1 mol/L; 1000",
        "10 MHz; 1e7",
        "2 dm; 0.2",
        "1 s^-1; 1",
    })
    void parsesToSi(String text, double expected) {
        assertEquals(expected, Units.parse(text).si(), Math.abs(expected) * 1e-12);
    }

    @Test
    void timesReadInTheWordsOtherToolsWriteThem() {
        assertEquals(3600, Units.parse("1 hour", Dimension.TIME));
        assertEquals(7200, Units.parse("2 hours", Dimension.TIME));
        assertEquals(600, Units.parse("10 minutes", Dimension.TIME));
        assertEquals(30, Units.parse("30 seconds", Dimension.TIME));
        assertEquals(1.8e4, Units.parse("5 hr", Dimension.TIME));
        // a compound with a word still composes
        assertEquals(Dimension.CURRENT, Units.parse("1 mA h/hour").dimension());
    }

    @Test
    void electronvoltIsAnEnergy() {
        assertEquals(0.36 * 1.602176634e-19, Units.parse("0.36 eV", Dimension.ENERGY), 1e-30);
    }

    @Test
    void dimensionsOfCompoundUnitsMatchTheNamedOnes() {
        assertEquals(Dimension.CURRENT_DENSITY, Units.parse("5 mA/cm2").dimension());
        assertEquals(Dimension.CONDUCTIVITY, Units.parse("1 mS/cm").dimension());
        assertEquals(Dimension.AREAL_RESISTANCE, Units.parse("10 Ohm cm2").dimension());
        assertEquals(Dimension.FRACTURE_TOUGHNESS, Units.parse("1 MPa m^0.5").dimension());
        assertEquals("current density", Units.parse("5 mA/cm2").dimension().describe());
        assertEquals("S/m", Units.parse("1 mS/cm").dimension().siUnit());
        assertEquals("kg m2 s-3 A-1", Dimension.VOLTAGE.siSymbol());
        // every conventional SI symbol parses back to its own dimension with factor 1
        for (Dimension d : new Dimension[] {Dimension.CONDUCTIVITY, Dimension.DIFFUSIVITY, Dimension.DENSITY,
                Dimension.CURRENT_DENSITY, Dimension.AREAL_RESISTANCE, Dimension.FRACTURE_TOUGHNESS,
                Dimension.SPECIFIC_CAPACITY, Dimension.INVERSE_LENGTH, Dimension.MOLAR_MASS}) {
            Unit u = Units.unit(d.siUnit());
            assertEquals(d, u.dimension(), d.siUnit());
            assertEquals(1, u.factor(), 1e-12, d.siUnit());
        }
    }

    @Test
    void roundTripsThroughTheOriginalUnit() {
        Quantity q = Units.parse("-5 degC");
        assertEquals(-5, q.inOriginalUnit(), 1e-12);
        assertEquals("-5 degC", q.toString());
    }

    @Test
    void wrongDimensionIsNamedWithAnExample() {
        UnitException e = assertThrows(UnitException.class, () -> Units.parse("5 mA", Dimension.CURRENT_DENSITY));
        assertTrue(e.getMessage().contains("current density"), e.getMessage());
        assertTrue(e.getMessage().contains("5 mA/cm2"), e.getMessage());
    }

    @Test
    void missingUnitIsNamed() {
        UnitException e = assertThrows(UnitException.class, () -> Units.parse("30", Dimension.LENGTH));
        assertTrue(e.getMessage().contains("no unit"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"abc", "5 furlongs", "NaN", "Infinity m", "1e999 m", "5 mA//cm2", "5 /cm2", "5 mA/", "''"})
    void rejectsWhatIsNotAQuantity(String text) {
        assertThrows(UnitException.class, () -> Units.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"1.0, 1", "0.5, 0.5", "1.33e-8, 1.33e-8", "298.15, 298.15", "-2.5e-12, -2.5e-12"})
    void formatsCompactly(double value, String expected) {
        assertEquals(expected, Units.format(value));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "1 M; molar or the mega- prefix",
        "5 mM; molar or the mega- prefix",
        "2 d; day or the deci- prefix",
        "1 mol/d; day or the deci- prefix",
    })
    void ambiguousSymbolsAreRefusedWithWhatToWriteInstead(String text, String message) {
        UnitException e = assertThrows(UnitException.class, () -> Units.parse(text));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void aQuantityLongerThanAnyTypedOneIsRefusedAtOnce() {
        UnitException e = assertThrows(UnitException.class, () -> Units.parse("1 " + "m".repeat(100_000)));
        assertTrue(e.getMessage().contains("at most 200 characters, got 100002"), e.getMessage());
        // a long but legal unit and a long exponent are read in one pass, not refused for their form
        assertEquals(1, Units.parse("1 " + "m m-1 ".repeat(30)).si(), 1e-12);
        assertThrows(UnitException.class, () -> Units.parse("1 m^"));
        assertThrows(UnitException.class, () -> Units.parse("1 m^-"));
        assertThrows(UnitException.class, () -> Units.parse("1 m1.2.3"));
        assertThrows(UnitException.class, () -> Units.parse("e5 m"));
    }
}
