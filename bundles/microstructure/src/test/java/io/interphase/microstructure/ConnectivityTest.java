package io.interphase.microstructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectivityTest {

    @Test
    void aColumnSpansAndASheetBlocks() {
        Microstructure column = Grids.of(6, 6, 1e-6, i -> Grids.x(i, 6) == 2 && Grids.y(i, 6) == 2);
        assertTrue(Connectivity.of(column, 1).spans());
        assertEquals(1, Connectivity.of(column, 1).connectedShare(), 1e-12);
        Microstructure sheet = Grids.of(6, 6, 1e-6, i -> Grids.z(i, 6) == 2);
        assertFalse(Connectivity.of(sheet, 1).spans());
        assertFalse(Connectivity.of(sheet, 0).spans());
        // a column that wraps round the periodic x boundary still spans: x = 5 and x = 0 are neighbours
        Microstructure wrapped = Grids.of(6, 6, 1e-6, i -> Grids.y(i, 6) == 0
                && (Grids.z(i, 6) < 3 ? Grids.x(i, 6) == 5 : Grids.x(i, 6) == 0 || Grids.z(i, 6) == 3 && Grids.x(i, 6) == 5));
        assertTrue(Connectivity.of(wrapped, 1).spans());
        assertEquals(1.0 / 6, Connectivity.faceShare(column, 1, true) * 6, 1e-12);
    }

    /**
     * Overlapping monodisperse spheres percolate at φ_c ≈ 0.2895 in an infinite box (Rintoul &amp; Torquato
     * 1997). In a box of 8 diameters the threshold of each seed, found by bisection, scatters around it;
     * their mean must fall within 0.22–0.36 and their spread shows the finite size.
     */
    @Test
    void overlappingSpheresPercolateNearTheirKnownThreshold() {
        double sum = 0;
        double min = 1;
        double max = 0;
        int seeds = 4;
        for (long seed = 1; seed <= seeds; seed++) {
            double lo = 0.05;
            double hi = 0.6;
            for (int step = 0; step < 8; step++) {
                double mid = 0.5 * (lo + hi);
                Microstructure m = Packing.generate(new PackingSpec("matrix", List.of(new ParticlePhase("p", mid, 2e-6, 0)),
                        16e-6, 16e-6, 0.25e-6, seed));
                if (Connectivity.of(m, 1).spans()) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            double threshold = 0.5 * (lo + hi);
            sum += threshold;
            min = Math.min(min, threshold);
            max = Math.max(max, threshold);
        }
        double mean = sum / seeds;
        System.out.printf(java.util.Locale.ROOT, "percolation threshold of overlapping spheres, box of 8 d: mean %.3f"
                + " (%.3f-%.3f over %d seeds)%n", mean, min, max, seeds);
        assertTrue(mean > 0.22 && mean < 0.36, "mean threshold " + mean);
    }
}
