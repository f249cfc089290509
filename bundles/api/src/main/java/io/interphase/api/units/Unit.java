package io.interphase.api.units;

/**
 * A unit: its symbol as written, its dimension, and how a value in it becomes SI:
 * {@code si = value * factor + offset}. Only temperatures in degrees Celsius have an offset.
 */
public record Unit(String symbol, Dimension dimension, double factor, double offset) {

    public Unit {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("unit " + symbol + ": factor must be positive and finite");
        }
    }

    public Unit(String symbol, Dimension dimension, double factor) {
        this(symbol, dimension, factor, 0);
    }

    public double toSi(double value) {
        return value * factor + offset;
    }

    public double fromSi(double si) {
        return (si - offset) / factor;
    }
}
