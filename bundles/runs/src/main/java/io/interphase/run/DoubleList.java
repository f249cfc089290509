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

    void clear() {
        size = 0;
    }

    double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
