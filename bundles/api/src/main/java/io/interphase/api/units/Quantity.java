package io.interphase.api.units;

/**
 * A parsed value: its SI magnitude, its dimension and the unit it was written in.
 */
public record Quantity(double si, Dimension dimension, Unit unit) {

    /** The value in the unit it was written in. */
    public double inOriginalUnit() {
        return unit.fromSi(si);
    }

    @Override
    public String toString() {
        return Units.format(inOriginalUnit()) + (unit.symbol().isEmpty() ? "" : " " + unit.symbol());
    }
}
