package io.interphase.api.cell;

/**
 * Estimates of a composite's conductivity for one carrier (ions or electrons), S/m. The Wiener
 * bounds enclose the Hashin–Shtrikman bounds, which enclose any isotropic effective-medium value.
 *
 * @param parallel Wiener upper bound, Σ φ_i σ_i
 * @param series Wiener lower bound, (Σ φ_i / σ_i)⁻¹
 * @param hashinShtrikmanLower Hashin–Shtrikman lower bound
 * @param hashinShtrikmanUpper Hashin–Shtrikman upper bound
 * @param bruggeman Bruggeman symmetric effective medium
 * @param generalEffectiveMedium McLachlan's general effective medium with the layer's percolation parameters;
 *        the value Interphase uses
 */
public record EffectiveConductivity(double parallel, double series, double hashinShtrikmanLower,
        double hashinShtrikmanUpper, double bruggeman, double generalEffectiveMedium) {

    /** The estimate the solvers use: the general effective medium. */
    public double effective() {
        return generalEffectiveMedium;
    }
}
