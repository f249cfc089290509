package io.interphase.material.lcolzo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.material.OcvCurve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RamadassLcoOcvTest {

    private final OcvCurve ocv = new RamadassLcoOcv();

    /** Values of the published fit computed independently (double precision, outside Java). */
    @ParameterizedTest(name = "U({0}) = {1} V")
    @CsvSource({
        "0.5,  4.234963004675769",
        "0.6,  4.081367886556529",
        "0.7,  3.9830775345331864",
        "0.8,  3.9135221509880243",
        "0.9,  3.8534585618280452",
        "0.95, 3.7881619427277267",
        "0.99, 3.429429800273199",
        "1.0,  2.291991495393362",
    })
    void reproducesThePublishedFit(double y, double volts) {
        assertEquals(volts, ocv.voltage(y), 1e-9);
    }

    @Test
    void about42VAtLiHalfCoO2() {
        assertEquals(0.5, ocv.minFraction());
        assertEquals(4.2, ocv.voltage(0.5), 0.05);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.7, 0.75, 0.8, 0.85, 0.9})
    void about39VOverTheMiddleOfTheRange(double y) {
        double u = ocv.voltage(y);
        assertTrue(u > 3.8 && u < 4.0, "U(" + y + ") = " + u);
    }

    @Test
    void fallsMonotonicallyOverTheWholeRange() {
        int n = 10_000;
        double previous = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= n; i++) {
            double y = ocv.minFraction() + (ocv.maxFraction() - ocv.minFraction()) * i / n;
            double u = ocv.voltage(y);
            assertTrue(u < previous, "not decreasing at y = " + y);
            previous = u;
        }
    }

    @Test
    void fallsSteeplyNearTheTop() {
        double h = 1e-4;
        double slopeMiddle = (ocv.voltage(0.8 + h) - ocv.voltage(0.8 - h)) / (2 * h);
        double slopeTop = (ocv.voltage(0.99 + h) - ocv.voltage(0.99 - h)) / (2 * h);
        assertTrue(slopeTop < 20 * slopeMiddle, "slopes " + slopeMiddle + " and " + slopeTop + " V per unit y");
        assertTrue(ocv.voltage(0.95) - ocv.voltage(ocv.maxFraction()) > 1.0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.49, 0.42264, 0.0, 1.0001, 1.00429, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsFractionsOutsideTheValidRange(double y) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ocv.voltage(y));
        assertTrue(e.getMessage().contains("0.5 <= y <= 1.0"), e.getMessage());
    }

    @Test
    void citesRamadass2004() {
        assertTrue(ocv.source().contains("J. Electrochem. Soc. 151 (2004) A196"));
    }
}
