package io.interphase.microstructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResistorNetworkTest {

    @Test
    void aUniformMediumConductsAsItself() {
        Microstructure m = Grids.of(6, 9, 1e-6, i -> false);
        assertEquals(2.5, ResistorNetwork.conductivity(m, 2.5, 7).conductivity(), 1e-9);
    }

    @Test
    void layersAcrossTheCurrentAddInSeriesAndAlongItInParallel() {
        // half the height of phase 1 (σ = 10), half of phase 0 (σ = 1): the harmonic mean, 2·1·10/11
        Microstructure series = Grids.of(4, 8, 1e-6, i -> Grids.z(i, 4) >= 4);
        assertEquals(2.0 / (1 + 0.1), ResistorNetwork.conductivity(series, 1, 10).conductivity(), 1e-9);
        // half the width: the arithmetic mean, the Wiener bounds exactly
        Microstructure parallel = Grids.of(4, 8, 1e-6, i -> Grids.x(i, 4) >= 2);
        assertEquals(5.5, ResistorNetwork.conductivity(parallel, 1, 10).conductivity(), 1e-9);
    }

    /**
     * One insulating sphere, a third of the cell across, in each cell of a simple cubic array, φ ≈ 0.02:
     * Maxwell's σ/σ_m = (1 − φ)/(1 + φ/2) is exact to first order in φ (Rayleigh's array correction is
     * O(φ^(10/3))). The staircase sphere blocks a little more than a smooth one; the excess in 1 − σ/σ_m
     * shrinks as the grid is refined (first order: 19 % at 5 voxels across, 12 % at 10, 6 % at 20).
     */
    @Test
    void aDiluteArrayOfInsulatingSpheresConvergesToMaxwell() {
        double coarse = excessOverMaxwell(15);
        double fine = excessOverMaxwell(30);
        assertTrue(fine < 0.7 * coarse, "refined: " + coarse + " -> " + fine);
        assertTrue(fine > 0 && fine < 0.15, "10 voxels across: " + fine);
    }

    /** (1 − σ)/(1 − σ_Maxwell) − 1 for the array on an n³ cell. */
    private static double excessOverMaxwell(int n) {
        double c = n / 2.0;
        double r = n / 6.0;
        Microstructure m = Grids.of(n, n, 1e-6, i -> {
            double dx = Grids.x(i, n) + 0.5 - c;
            double dy = Grids.y(i, n) + 0.5 - c;
            double dz = Grids.z(i, n) + 0.5 - c;
            return dx * dx + dy * dy + dz * dz <= r * r;
        });
        double phi = m.volumeFraction(1);
        double maxwell = (1 - phi) / (1 + phi / 2);
        return (1 - ResistorNetwork.conductivity(m, 1, 0).conductivity()) / (1 - maxwell) - 1;
    }

    @Test
    void theEffectiveConductivityConvergesAsTheGridIsRefined() {
        // the same random packing at two resolutions: within a few per cent, and the finer one closer to
        // the Bruggeman-like middle than to either bound
        PackingSpec coarse = new PackingSpec("matrix", java.util.List.of(new ParticlePhase("p", 0.3, 4e-6, 0)), 24e-6, 24e-6, 0.5e-6, 7);
        PackingSpec fine = new PackingSpec("matrix", java.util.List.of(new ParticlePhase("p", 0.3, 4e-6, 0)), 24e-6, 24e-6, 0.375e-6, 7);
        double a = ResistorNetwork.conductivity(Packing.generate(coarse), 1, 0).conductivity();
        double b = ResistorNetwork.conductivity(Packing.generate(fine), 1, 0).conductivity();
        assertEquals(a, b, 0.05 * b);
        assertTrue(b > 0.4 && b < 0.7, "insulating spheres at 30 %: " + b);
    }

    @Test
    void aConductorThatDoesNotPercolateCarriesOnlyTheFloor() {
        Microstructure islands = Grids.of(8, 8, 1e-6, i -> Grids.z(i, 8) == 3); // an insulating sheet across
        double sigma = ResistorNetwork.conductivity(islands, 1, 0).conductivity();
        assertTrue(sigma < 1e-7, "blocked: " + sigma);
        assertEquals(Double.POSITIVE_INFINITY, ResistorNetwork.tortuosity(islands, 0));
        Microstructure straight = Grids.of(8, 8, 1e-6, i -> Grids.x(i, 8) < 2);
        assertEquals(1, ResistorNetwork.tortuosity(straight, 1), 1e-6); // the floor carries 1e-9 beside it
    }

    @Test
    void badConductivitiesAreRefusedByName() {
        Microstructure m = Grids.of(4, 4, 1e-6, i -> false);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ResistorNetwork.conductivity(m, 1, -1))
                .getMessage().contains("conductivities[1]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ResistorNetwork.conductivity(m, 0, 0))
                .getMessage().contains("at least one phase must conduct"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ResistorNetwork.conductivity(m, 1))
                .getMessage().contains("one per phase"));
    }
}
