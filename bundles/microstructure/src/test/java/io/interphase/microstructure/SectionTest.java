package io.interphase.microstructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionTest {

    private static final List<ParticlePhase> LLZTO = List.of(new ParticlePhase("llzto", 0.2, 2e-6, 0));

    @Test
    void aSectionHoldsEachPhaseAtItsVolumeFractionAsThe3dPackingDoes() {
        // Delesse: the area fraction of a random section equals the volume fraction
        Section s = Packing.section("carbon", LLZTO, 200e-6, 100e-6, 0.25e-6, 5);
        assertEquals(0.2, s.areaFraction(1), 0.01);
        Microstructure m = Packing.generate(new PackingSpec("carbon", LLZTO, 40e-6, 40e-6, 0.25e-6, 5));
        assertEquals(m.volumeFraction(1), s.areaFraction(1), 0.015);
        assertEquals(List.of("carbon", "llzto"), s.phases());
    }

    @Test
    void matrixChordsHaveTheBooleanModelsMeanLength() {
        // a line meets spheres of radius r and number density n as a Poisson process of rate n π r²: the matrix
        // chords along x are exponential with mean 1 / (n π r²) = 4 r / (3 (−ln(1 − φ)))
        double phi = 0.1;
        double r = 1e-6;
        Section s = Packing.section("carbon", List.of(new ParticlePhase("llzto", phi, 2 * r, 0)), 400e-6, 60e-6, 0.1e-6, 2);
        long chords = 0;
        long pixels = 0;
        for (int z = 0; z < s.nz(); z++) {
            int run = 0;
            boolean inside = false; // counts only chords that start and end within the row
            for (int x = 0; x < s.nx(); x++) {
                if (s.at(x, z) == 0) {
                    run++;
                } else {
                    if (inside && run > 0) {
                        chords++;
                        pixels += run;
                    }
                    inside = true;
                    run = 0;
                }
            }
        }
        double mean = pixels * s.voxel() / chords;
        double expected = 4 * r / (3 * -Math.log(1 - phi));
        assertEquals(expected, mean, 0.06 * expected, chords + " chords");
    }

    @Test
    void theSameSeedGivesTheSameSection() {
        Section a = Packing.section("carbon", LLZTO, 20e-6, 20e-6, 0.1e-6, 9);
        Section b = Packing.section("carbon", LLZTO, 20e-6, 20e-6, 0.1e-6, 9);
        Section c = Packing.section("carbon", LLZTO, 20e-6, 20e-6, 0.1e-6, 10);
        int same = 0;
        int other = 0;
        for (int z = 0; z < a.nz(); z++) {
            for (int x = 0; x < a.nx(); x++) {
                same += a.at(x, z) == b.at(x, z) ? 0 : 1;
                other += a.at(x, z) == c.at(x, z) ? 0 : 1;
            }
        }
        assertEquals(0, same);
        assertTrue(other > 0);
    }

    @Test
    void aSectionTooLargeIsRefusedNamingTheVoxel() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Packing.section("carbon", LLZTO, 1e-3, 1e-3, 0.1e-6, 1));
        assertTrue(e.getMessage().startsWith("voxel:"), e.getMessage());
    }
}
