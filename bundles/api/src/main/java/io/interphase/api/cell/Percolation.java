package io.interphase.api.cell;

/**
 * Parameters of the general effective medium (McLachlan) equation: the volume fraction at which a
 * phase first forms a connected path, and the critical exponent above it.
 *
 * @param threshold φc in (0, 1); 1/3 with exponent 1 is Bruggeman's symmetric medium
 * @param exponent t &gt; 0; about 2 for three-dimensional random media
 */
public record Percolation(double threshold, double exponent) {

    /**
     * Spheres in 3D: φc ≈ 0.16 (Scher and Zallen, J. Chem. Phys. 53 (1970) 3759), t ≈ 2
     * (universal 3D conductivity exponent; McLachlan et al., J. Am. Ceram. Soc. 73 (1990) 2187).
     */
    public static final Percolation SPHERES_3D = new Percolation(0.16, 2.0);

    public Percolation {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("percolation threshold must be in (0, 1), got " + threshold);
        }
        if (!(exponent > 0) || !Double.isFinite(exponent)) {
            throw new IllegalArgumentException("percolation exponent must be positive, got " + exponent);
        }
    }
}
