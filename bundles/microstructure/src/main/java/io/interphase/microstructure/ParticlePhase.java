package io.interphase.microstructure;

/**
 * A phase of a layer present as particles: spheres of a median diameter with a log-normal spread,
 * placed at random.
 *
 * @param name the phase's name (a material id, or "pore")
 * @param volumeFraction its share of the layer's volume, (0, 1)
 * @param diameter median diameter, m, positive
 * @param spread standard deviation of ln(diameter), ≥ 0 (0: all the same size)
 */
public record ParticlePhase(String name, double volumeFraction, double diameter, double spread) {

    public ParticlePhase {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a particle phase needs a name");
        }
        if (!(volumeFraction > 0 && volumeFraction < 1)) {
            throw new IllegalArgumentException(name + ": volume fraction must be between 0 and 1, got " + volumeFraction);
        }
        if (!(diameter > 0) || !Double.isFinite(diameter)) {
            throw new IllegalArgumentException(name + ": particle diameter must be positive, got " + diameter);
        }
        if (!(spread >= 0 && spread <= 1)) {
            throw new IllegalArgumentException(name + ": spread of ln(diameter) must be between 0 and 1, got " + spread);
        }
    }
}
