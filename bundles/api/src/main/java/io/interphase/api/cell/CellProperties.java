package io.interphase.api.cell;

import java.util.List;

/** The effective properties of every layer of a cell, in stack order. */
public record CellProperties(Cell cell, List<LayerProperties> layers) {
    public CellProperties {
        layers = List.copyOf(layers);
    }

    /** Sum of the layer thicknesses, m. */
    public double totalThickness() {
        return layers.stream().mapToDouble(LayerProperties::thickness).sum();
    }
}
