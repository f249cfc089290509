package io.interphase.api.run;

import java.util.Objects;

/** A named column of numbers with its unit, as exporters write it ("Voltage", "V"). */
public record Column(String name, String unit, double[] values) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        values = values.clone();
    }
}
