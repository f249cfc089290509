package io.interphase.exporter.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Thins a series for drawing: per x-bucket it keeps the first, lowest, highest and last point, so the
 * outline of the curve (its spikes included) survives while a 20,000-cycle run stays a small file.
 * A point is drawn only when x and y are finite; a missing point between two kept ones breaks the line.
 */
final class Decimation {

    private Decimation() {
    }

    /** Index runs, one per polyline, with at most {@code maxPoints} indices in all. */
    static List<int[]> polylines(double[] x, double[] y, int maxPoints) {
        return split(kept(x, y, maxPoints), x, y);
    }

    static boolean drawn(double[] x, double[] y, int i) {
        return Double.isFinite(x[i]) && Double.isFinite(y[i]);
    }

    /** The indices to draw, ascending: every drawn point when they are few enough, else four per bucket. */
    static int[] kept(double[] x, double[] y, int maxPoints) {
        int[] drawn = java.util.stream.IntStream.range(0, x.length).filter(i -> drawn(x, y, i)).toArray();
        if (drawn.length <= maxPoints) {
            return drawn;
        }
        int buckets = Math.max(1, maxPoints / 4);
        long[] keys = bucketKeys(x, drawn, buckets);
        int[] kept = new int[4 * buckets];
        int size = 0;
        int start = 0;
        for (int k = 1; k <= drawn.length; k++) {
            if (k == drawn.length || keys[k] != keys[start]) {
                size = keepExtremes(y, drawn, start, k, kept, size);
                start = k;
            }
        }
        return Arrays.copyOf(kept, size);
    }

    /**
     * Bucket of each drawn point: by x value when x never decreases (time, cycle count), so dense stretches
     * of the run are thinned most; by position otherwise, which still bounds the number of buckets.
     */
    private static long[] bucketKeys(double[] x, int[] drawn, int buckets) {
        boolean ascending = true;
        for (int k = 1; k < drawn.length && ascending; k++) {
            ascending = x[drawn[k]] >= x[drawn[k - 1]];
        }
        long[] keys = new long[drawn.length];
        double first = x[drawn[0]];
        double span = x[drawn[drawn.length - 1]] - first;
        for (int k = 0; k < drawn.length; k++) {
            if (!ascending) {
                keys[k] = (long) k * buckets / drawn.length;
            } else if (span > 0) {
                keys[k] = Math.min(buckets - 1, (long) ((x[drawn[k]] - first) / span * buckets));
            }
        }
        return keys;
    }

    /** Appends the first, lowest, highest and last of drawn[from, to) to kept, in index order and once each. */
    private static int keepExtremes(double[] y, int[] drawn, int from, int to, int[] kept, int size) {
        int low = drawn[from];
        int high = drawn[from];
        for (int k = from + 1; k < to; k++) {
            int i = drawn[k];
            low = y[i] < y[low] ? i : low;
            high = y[i] > y[high] ? i : high;
        }
        int[] four = {drawn[from], low, high, drawn[to - 1]};
        Arrays.sort(four);
        for (int i = 0; i < four.length; i++) {
            if (i == 0 || four[i] != four[i - 1]) {
                kept[size++] = four[i];
            }
        }
        return size;
    }

    /** Cuts the kept indices into polylines wherever a point that is not drawn lies between two of them. */
    private static List<int[]> split(int[] kept, double[] x, double[] y) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int k = 1; k <= kept.length; k++) {
            if (k == kept.length || gapBetween(kept[k - 1], kept[k], x, y)) {
                lines.add(Arrays.copyOfRange(kept, start, k));
                start = k;
            }
        }
        return kept.length == 0 ? List.of() : lines;
    }

    private static boolean gapBetween(int a, int b, double[] x, double[] y) {
        for (int i = a + 1; i < b; i++) {
            if (!drawn(x, y, i)) {
                return true;
            }
        }
        return false;
    }
}
