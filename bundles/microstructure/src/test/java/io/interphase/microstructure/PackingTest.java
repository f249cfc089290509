package io.interphase.microstructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackingTest {

    private static PackingSpec spec(double phi, double d, double spread, long seed) {
        return new PackingSpec("carbon", List.of(new ParticlePhase("llzto", phi, d, spread)), 40e-6, 40e-6, 0.5e-6, seed);
    }

    @Test
    void eachPhaseFillsItsVolumeFraction() {
        for (double phi : new double[] {0.05, 0.15, 0.3}) {
            Microstructure m = Packing.generate(spec(phi, 4e-6, 0.2, 3));
            assertEquals(phi, m.volumeFraction(1), 0.1 * phi, "φ = " + phi);
            assertEquals(1 - phi, m.volumeFraction(0), 0.1 * phi);
        }
        // two particle phases and pores: each its own share
        PackingSpec three = new PackingSpec("carbon", List.of(new ParticlePhase("llzto", 0.1, 3e-6, 0),
                new ParticlePhase("ptfe", 0.05, 2e-6, 0), new ParticlePhase("pore", 0.1, 2e-6, 0)), 40e-6, 30e-6, 0.5e-6, 11);
        Microstructure m = Packing.generate(three);
        assertEquals(List.of("carbon", "llzto", "ptfe", "pore"), m.phases());
        assertEquals(0.1, m.volumeFraction(m.phase("llzto")), 0.012);
        assertEquals(0.05, m.volumeFraction(m.phase("ptfe")), 0.008);
        assertEquals(0.1, m.volumeFraction(m.phase("pore")), 0.012);
    }

    @Test
    void theSameSeedGivesTheSamePackingAndAnotherSeedAnother() {
        Microstructure a = Packing.generate(spec(0.2, 4e-6, 0.1, 42));
        Microstructure b = Packing.generate(spec(0.2, 4e-6, 0.1, 42));
        Microstructure c = Packing.generate(spec(0.2, 4e-6, 0.1, 43));
        assertArrayEquals(a.grid(), b.grid());
        assertTrue(!java.util.Arrays.equals(a.grid(), c.grid()));
    }

    @Test
    void aSectionIsThePlaneOfTheGrid() {
        Microstructure m = Packing.generate(spec(0.2, 4e-6, 0, 1));
        int[][] s = m.section(5);
        assertEquals(m.nz(), s.length);
        assertEquals(m.nx(), s[0].length);
        assertEquals(m.at(7, 5, 9), s[9][7]);
        assertThrows(IllegalArgumentException.class, () -> m.section(m.nx()));
    }

    @Test
    void badSpecsAreRefusedNamingTheField() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Packing.generate(new PackingSpec("c",
                List.of(new ParticlePhase("big", 0.1, 50e-6, 0)), 40e-6, 30e-6, 1e-6, 1))).getMessage()
                .contains("larger than the layer"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new PackingSpec("c",
                List.of(new ParticlePhase("a", 0.6, 1e-6, 0), new ParticlePhase("b", 0.5, 1e-6, 0)), 40e-6, 30e-6, 1e-6, 1))
                .getMessage().contains("add up to 1.1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new PackingSpec("c", List.of(), 1e-3, 1e-3, 1e-6, 1))
                .getMessage().startsWith("voxel:"));
        assertThrows(IllegalArgumentException.class, () -> new ParticlePhase("a", -0.1, 1e-6, 0));
        assertThrows(IllegalArgumentException.class, () -> new ParticlePhase("a", 0.1, Double.NaN, 0));
    }
}
