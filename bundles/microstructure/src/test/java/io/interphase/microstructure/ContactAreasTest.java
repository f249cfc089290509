package io.interphase.microstructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContactAreasTest {

    @Test
    void aFlatInterfaceIsExactBeforeTheStaircaseCorrection() {
        // a plane z = 4 between two halves: area nx² h² in a volume nx² nz h³, counted as faces times 2/3
        Microstructure m = Grids.of(5, 8, 1e-6, i -> Grids.z(i, 5) >= 4);
        assertEquals(1 / (8 * 1e-6) / ContactAreas.STAIRCASE, ContactAreas.perVolume(m, 0, 1), 1e-6);
    }

    /**
     * The Boolean model's free surface per volume is exact: S_v = (1 − φ) n 4πr², with 1 − φ = exp(−n v), so
     * S_v = 3 (1 − φ)(−ln(1 − φ)) / r for spheres of radius r: the area where particles meet the matrix.
     */
    @Test
    void randomSpheresMeetTheMatrixOnTheBooleanModelsArea() {
        double r = 2e-6;
        for (double phi : new double[] {0.1, 0.3}) {
            Microstructure m = Packing.generate(new PackingSpec("matrix", List.of(new ParticlePhase("p", phi, 2 * r, 0)),
                    40e-6, 40e-6, 0.25e-6, 5));
            double measured = m.volumeFraction(1);
            double exact = 3 * (1 - measured) * -Math.log(1 - measured) / r;
            assertEquals(exact, ContactAreas.perVolume(m, 0, 1), 0.05 * exact, "φ = " + phi);
        }
    }

    @Test
    void aPhaseHasNoContactWithItself() {
        Microstructure m = Grids.of(4, 4, 1e-6, i -> false);
        assertThrows(IllegalArgumentException.class, () -> ContactAreas.perVolume(m, 1, 1));
    }
}
