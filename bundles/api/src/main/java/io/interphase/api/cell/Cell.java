package io.interphase.api.cell;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A cell: layers from the negative to the positive side, its area (m²), temperature (K) and,
 * optionally, stack pressure (Pa).
 */
public record Cell(String name, double area, double temperature, OptionalDouble stackPressure, List<Layer> layers) {
    public Cell {
        Objects.requireNonNull(name, "name");
        if (!(area > 0) || !Double.isFinite(area)) {
            throw new IllegalArgumentException("cell area must be positive, got " + area);
        }
        if (!(temperature > 0) || !Double.isFinite(temperature)) {
            throw new IllegalArgumentException("cell temperature must be positive kelvin, got " + temperature);
        }
        Objects.requireNonNull(stackPressure, "stackPressure");
        layers = List.copyOf(layers);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a cell needs at least one layer");
        }
    }
}
