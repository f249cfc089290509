package io.interphase.microstructure;

import java.util.List;
import java.util.function.IntPredicate;

/** Hand-made microstructures with known answers. */
final class Grids {

    private Grids() {
    }

    /** nx × nx × nz voxels of edge h; phase 1 where the predicate on (x, y, z) packed as x + nx (y + nx z) holds. */
    static Microstructure of(int nx, int nz, double h, IntPredicate phaseOne) {
        byte[] grid = new byte[nx * nx * nz];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = (byte) (phaseOne.test(i) ? 1 : 0);
        }
        return new Microstructure(List.of("matrix", "particles"), nx, nz, h, grid);
    }

    static int x(int i, int nx) {
        return i % nx;
    }

    static int y(int i, int nx) {
        return (i / nx) % nx;
    }

    static int z(int i, int nx) {
        return i / (nx * nx);
    }
}
