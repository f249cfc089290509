package io.interphase.exporter.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A logarithmic axis from the decade at or below the smallest value to the one at or above the largest, ticked at
 * 1, 2 and 5 of each decade when it spans three decades or fewer, at each decade otherwise. For quantities that
 * span decades and are positive: C-rates, frequencies.
 *
 * @param min a power of ten
 * @param max a power of ten above min
 */
record LogAxis(double min, double max) implements Axis {

    /** The axis covering [lo, hi], both positive and finite. */
    static LogAxis covering(double lo, double hi) {
        if (!(lo > 0) || !(hi >= lo) || !Double.isFinite(hi)) {
            throw new IllegalArgumentException("a logarithmic axis needs positive finite values, got " + lo + " to " + hi);
        }
        double low = Math.pow(10, Math.floor(Math.log10(lo) + 1e-9));
        double high = Math.pow(10, Math.ceil(Math.log10(hi) - 1e-9));
        return new LogAxis(low, high > low ? high : low * 10);
    }

    @Override
    public double[] ticks() {
        int decades = (int) Math.round(Math.log10(max / min));
        int[] mantissas = decades <= 3 ? new int[] {1, 2, 5} : new int[] {1};
        List<Double> ticks = new ArrayList<>();
        for (int d = 0; d <= decades; d++) {
            double decade = min * Math.pow(10, d);
            for (int m : mantissas) {
                double tick = m * decade;
                if (tick <= max * (1 + 1e-9)) {
                    ticks.add(tick);
                }
            }
        }
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public double fraction(double value) {
        return Math.log(value / min) / Math.log(max / min);
    }

    @Override
    public String label(double tick) {
        String s = String.format(Locale.ROOT, "%.3g", tick);
        return s.contains("e") ? s : s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
