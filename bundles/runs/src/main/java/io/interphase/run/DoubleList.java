package io.interphase.run;

import java.util.Arrays;

/** A growable array of doubles: a run's columns grow to millions of rows without boxing. */
final class DoubleList {

    private double[] values = new double[256];
    private int size;

    void add(double v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    int size() {
        return size;
    }

    double get(int i) {
        return values[i];
    }

    /** Keeps, from index {@code from} on, every other value (from's, from + 2's, ...). */
    void keepEveryOther(int from) {
        int w = from;
        for (int r = from; r < size; r += 2) {
            values[w++] = values[r];
        }
        size = w;
    }

    void clear() {
        size = 0;
    }

    double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
