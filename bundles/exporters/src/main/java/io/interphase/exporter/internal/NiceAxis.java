package io.interphase.exporter.internal;

import java.util.Locale;

/**
 * An axis range rounded out to ticks of 1, 2 or 5 × 10^k, so that the tick labels are short round numbers.
 * A flat range (min == max, or nearly: rounding noise) is widened first, so constant data still gets an axis.
 */
record NiceAxis(double min, double max, double step) implements Axis {

    private static final int TARGET_TICKS = 6;

    /** The axis covering [lo, hi] (both finite); {@code integers} keeps steps ≥ 1 for counts such as cycles. */
    static NiceAxis covering(double lo, double hi, boolean integers) {
        if (hi - lo <= Math.max(Math.abs(lo), Math.abs(hi)) * 1e-9) {
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            lo -= pad;
            hi += pad;
        }
        double step = niceStep((hi - lo) / (TARGET_TICKS - 1));
        if (integers) {
            step = Math.max(step, 1);
        }
        double first = Math.floor(lo / step) * step;
        double last = Math.ceil(hi / step) * step;
        return new NiceAxis(first, last, step);
    }

    /** The smallest 1, 2 or 5 × 10^k at least {@code rough}. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    /**
     * The same axis spanning {@code span} (at least its own span): about its middle, or upwards from its minimum
     * when {@code fromMin} (a −Z'' axis that starts at zero keeps it at the bottom). The ends are exact (an equal
     * aspect needs them so); the ticks take the step the wider span calls for, so they do not crowd.
     */
    NiceAxis widenedTo(double span, boolean fromMin) {
        double wide = Math.max(span, max - min);
        double wider = Math.max(step, niceStep(wide / (TARGET_TICKS - 1)));
        if (fromMin) {
            return new NiceAxis(min, min + wide, wider);
        }
        double middle = 0.5 * (min + max);
        return new NiceAxis(middle - wide / 2, middle + wide / 2, wider);
    }

    /** Tick values from min to max; each is an integer multiple of the step so none drifts by rounding. */
    @Override
    public double[] ticks() {
        long first = (long) Math.ceil(min / step - 1e-9);
        long last = (long) Math.floor(max / step + 1e-9);
        double[] ticks = new double[(int) (last - first + 1)];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = (first + i) * step + 0.0;
        }
        return ticks;
    }

    /** Where a value falls along the axis, 0 at min and 1 at max. */
    @Override
    public double fraction(double value) {
        return (value - min) / (max - min);
    }

    /** A tick label with just as many decimals as the step needs. */
    @Override
    public String label(double tick) {
        int decimals = Math.max(0, -(int) Math.floor(Math.log10(step) + 1e-9));
        double magnitude = Math.max(Math.abs(min), Math.abs(max));
        if (decimals > 6 || magnitude >= 1e7) {
            return String.format(Locale.ROOT, "%.3g", tick);
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", tick + 0.0);
    }
}
