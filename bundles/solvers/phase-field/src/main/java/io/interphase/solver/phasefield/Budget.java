package io.interphase.solver.phasefield;

import io.interphase.api.InvalidInputException;

/** How large a grid a run may take: refused before any work starts when it would not fit the memory. */
final class Budget {

    /** The largest grid, cells: 2048². */
    static final long MAX_CELLS = 2048L * 2048;
    /** Bytes a cell costs: the block system and its factor (two rows of six entries), fields, CG vectors, 21 snapshots. */
    static final long BYTES_PER_CELL = 2 * 2 * 6 * 12 + 40 * 8 + 21 * 16;

    private Budget() {
    }

    static void check(long nx, long ny) {
        long cells = nx * ny;
        long needed = cells * BYTES_PER_CELL;
        long available = Runtime.getRuntime().maxMemory() / 2;
        if (cells > MAX_CELLS || needed > available) {
            throw new InvalidInputException("options.grid", "a grid of " + nx + " x " + ny + " cells needs about "
                    + needed / (1 << 20) + " MB and the workbench may use " + available / (1 << 20) + " MB for it (at most "
                    + MAX_CELLS + " cells); take a coarser grid, a narrower width or more memory (WORKBENCH_JAVA_OPTS=-Xmx8g)");
        }
    }
}
