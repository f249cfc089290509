package io.interphase.analysis;

import io.interphase.api.units.Units;

/**
 * The numbers of instrument files, read by the one number grammar of Interphase ({@link Units#numberLength}):
 * {@code 1.5}, {@code -2e-3}, {@code .5}; not Java's extras ({@code NaN}, {@code Infinity}, {@code 1.5d},
 * hexadecimal), which no instrument writes and which would pass as data.
 */
final class DataNumbers {

    private DataNumbers() {
    }

    /** The finite number the whole cell holds, stripped; null when it holds none. */
    static Double finiteOrNull(String cell) {
        String text = cell.strip();
        if (text.isEmpty() || Units.numberLength(text) != text.length()) {
            return null;
        }
        double v = Double.parseDouble(text);
        return Double.isFinite(v) ? v : null;
    }
}
