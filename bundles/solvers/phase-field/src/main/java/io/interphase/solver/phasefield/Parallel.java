package io.interphase.solver.phasefield;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/** Splits a loop over cells into one chunk per core; small loops stay on the caller's thread. */
final class Parallel {

    /** Below this many cells a loop is not worth splitting. */
    static final int MIN_PARALLEL = 8192;
    static final int CHUNKS = Math.max(1, Math.min(ForkJoinPool.getCommonPoolParallelism() + 1,
            Runtime.getRuntime().availableProcessors()));

    interface Range {
        void run(int from, int to);
    }

    private Parallel() {
    }

    static void forRange(int n, Range body) {
        forRange(n, 1, body);
    }

    /** The same for a loop whose every index costs {@code weight} cells of work (a row of a grid). */
    static void forRange(int n, int weight, Range body) {
        if ((long) n * weight < MIN_PARALLEL || CHUNKS == 1 || n < CHUNKS) {
            body.run(0, n);
            return;
        }
        IntStream.range(0, CHUNKS).parallel().forEach(c -> body.run((int) ((long) n * c / CHUNKS),
                (int) ((long) n * (c + 1) / CHUNKS)));
    }
}
