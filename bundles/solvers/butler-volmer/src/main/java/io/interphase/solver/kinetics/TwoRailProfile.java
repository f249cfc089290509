package io.interphase.solver.kinetics;

/**
 * The steady state of a {@link MixedConductorLayer} at one current density: node positions (m, from
 * the metal), rail potentials (V) and where the current turned from ionic to electronic, as shares of
 * the total reaction current: at the electrolyte face, inside the layer, at the metal face.
 *
 * @param voltage the metal's potential minus the electrolyte's at x = L, V
 * @param reactionCurrent the total current turned from ionic to electronic, A/m² of cell area: equals
 *     the current density through the layer when charge is conserved
 */
public record TwoRailProfile(double[] x, double[] ionicPotential, double[] electronicPotential, double voltage,
        double reactionCurrent, double electrolyteFaceShare, double interiorShare, double metalFaceShare) {

    public TwoRailProfile {
        x = x.clone();
        ionicPotential = ionicPotential.clone();
        electronicPotential = electronicPotential.clone();
    }
}
