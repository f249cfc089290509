package io.interphase.api.cell;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A layer of a cell: one material or a composite, with its thickness in metres or its mass in
 * kilograms (the thickness then follows from density and the cell's area; the layer is taken as
 * dense).
 */
public record Layer(List<Constituent> constituents, OptionalDouble thickness, OptionalDouble mass,
        Percolation percolation) {

    public Layer {
        constituents = List.copyOf(constituents);
        if (constituents.isEmpty()) {
            throw new IllegalArgumentException("a layer needs at least one material");
        }
        double sum = constituents.stream().mapToDouble(Constituent::massFraction).sum();
        if (Math.abs(sum - 1) > 1e-6) {
            throw new IllegalArgumentException("mass fractions of a layer must add to 1, got " + sum);
        }
        Objects.requireNonNull(thickness, "thickness");
        Objects.requireNonNull(mass, "mass");
        Objects.requireNonNull(percolation, "percolation");
        if (thickness.isPresent() == mass.isPresent()) {
            throw new IllegalArgumentException("a layer has either a thickness or a mass");
        }
    }

    /** A single-material layer of the given thickness. */
    public static Layer of(String material, double thickness) {
        return new Layer(List.of(Constituent.of(material, 1)), OptionalDouble.of(thickness), OptionalDouble.empty(),
                Percolation.SPHERES_3D);
    }

    public boolean isComposite() {
        return constituents.size() > 1;
    }
}
