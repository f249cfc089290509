package io.interphase.solver.phasefield;

/**
 * Where the Li plated so far lies, from the Li fraction now and at the start: inside the interlayer, in a band one
 * interface thickness either side of its face to the electrolyte ("at the interface": the phase field cannot place
 * Li more sharply than that), or beyond, in the electrolyte; how far it reaches into the electrolyte; how evenly it
 * went in across the section.
 *
 * @param inside share of the new Li in the interlayer below the band (and on the Li foil)
 * @param atInterface share in the band
 * @param inElectrolyte share in the electrolyte beyond the band
 * @param penetration the front's furthest reach above the face, m (0 if it has not reached it)
 * @param roughness RMS across the section of the plated Li's local thickness (each column's ∫(s − s₀) dy), m: how
 *        unevenly the Li went in, whatever its shape (a front's height is ill-defined once Li plates as a detached
 *        film or as islands)
 * @param top whether Li reaches the domain's top row
 */
record Metrics(double inside, double atInterface, double inElectrolyte, double penetration, double roughness,
        boolean top) {

    static Metrics of(Domain d, double[] s, double[] start, double band) {
        int face = d.electrolyteRow;
        int bandRows = (int) Math.round(band / d.h);
        double[] share = new double[3];
        for (int j = 0; j < d.ny; j++) {
            int region = j >= face + bandRows ? 2 : j >= face - bandRows && j >= d.liRows ? 1 : 0;
            for (int i = 0; i < d.nx; i++) {
                int k = j * d.nx + i;
                share[region] += s[k] - start[k];
            }
        }
        double total = share[0] + share[1] + share[2];
        double mean = 0;
        double meanSquare = 0;
        double reach = 0;
        for (int i = 0; i < d.nx; i++) {
            double plated = 0;
            for (int j = 0; j < d.ny; j++) {
                plated += (s[j * d.nx + i] - start[j * d.nx + i]) * d.h;
            }
            mean += plated;
            meanSquare += plated * plated;
            reach = Math.max(reach, front(d, s, i));
        }
        mean /= d.nx;
        double roughness = Math.sqrt(Math.max(0, meanSquare / d.nx - mean * mean));
        boolean top = reach >= (d.ny - 1) * d.h;
        return new Metrics(share[0] / total, share[1] / total, share[2] / total, Math.max(0, reach - face * d.h),
                roughness, top);
    }

    /** The height of column i's highest crossing of s = ½, from the cell centres by linear interpolation; m. */
    static double front(Domain d, double[] s, int i) {
        for (int j = d.ny - 1; j > 0; j--) {
            double upper = s[j * d.nx + i];
            double lower = s[(j - 1) * d.nx + i];
            if (upper >= 0.5) {
                return (j + 0.5) * d.h;
            }
            if (lower >= 0.5) {
                return (j - 0.5 + (lower - 0.5) / (lower - upper)) * d.h;
            }
        }
        return 0;
    }
}
