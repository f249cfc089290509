package io.interphase.api.cell;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One material in a layer: its mass fraction (0..1] and, optionally, a particle diameter in metres
 * that overrides the material's own.
 */
public record Constituent(String material, double massFraction, OptionalDouble particleSize) {
    public Constituent {
        Objects.requireNonNull(material, "material");
        if (!(massFraction > 0 && massFraction <= 1)) {
            throw new IllegalArgumentException("mass fraction of " + material + " must be in (0, 1], got " + massFraction);
        }
        Objects.requireNonNull(particleSize, "particleSize");
        particleSize.ifPresent(d -> {
            if (!(d > 0) || !Double.isFinite(d)) {
                throw new IllegalArgumentException("particle size of " + material + " must be positive, got " + d);
            }
        });
    }

    public static Constituent of(String material, double massFraction) {
        return new Constituent(material, massFraction, OptionalDouble.empty());
    }
}
