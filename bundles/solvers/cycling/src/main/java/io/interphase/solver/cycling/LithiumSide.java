package io.interphase.solver.cycling;

import io.interphase.solver.kinetics.Electrode;
import io.interphase.solver.kinetics.MixedConductorLayer;
import java.util.HashMap;
import java.util.Map;

/**
 * The Li side of a cell (a bare face or an interlayer) as cycling sees it: its steady voltage and
 * the share of its current that passes the planar face towards the electrolyte, where Li meets the
 * electrolyte as a flat film that can void. Steady values are cached per current density: a run
 * uses few distinct currents, and an interlayer's profile is a Newton solve.
 *
 * <p>Not thread-safe; belongs to one simulation.
 */
public final class LithiumSide {

    private static final int CACHE_LIMIT = 4096;

    private final Electrode electrode;
    private final double faceFraction;
    private final double inventory;
    private final Map<Double, Double> voltages = new HashMap<>();
    private final Map<Double, Double> faceShares = new HashMap<>();

    /**
     * @param electrode the kinetics, J > 0 stripping the metal
     * @param inventory Li the side can give up, C/m² (the foil)
     */
    public LithiumSide(Electrode electrode, double inventory) {
        this.electrode = electrode;
        this.inventory = inventory;
        this.faceFraction = electrode instanceof MixedConductorLayer m ? m.electrolyteFaceFraction()
                : ((Electrode.Face) electrode).contactFraction();
    }

    public Electrode electrode() {
        return electrode;
    }

    /** Metal minus electrolyte potential while J leaves the metal, V. */
    public double voltage(double currentDensity) {
        if (voltages.size() > CACHE_LIMIT) {
            voltages.clear(); // a voltage hold asks at ever new currents
        }
        return voltages.computeIfAbsent(currentDensity, electrode::voltage);
    }

    /** True contact per cell area at the electrolyte face. */
    public double faceFraction() {
        return faceFraction;
    }

    /** Li available to strip at the start, C/m². */
    public double inventory() {
        return inventory;
    }

    /**
     * The local flux at the Li film facing the electrolyte while {@code strippingCurrent} (A/m², > 0)
     * is stripped: the face's share of the current over its true contact. A bare face carries it all;
     * an interlayer only what turns at its electrolyte face, the rest being stripped from Li inside it.
     */
    public double faceFlux(double strippingCurrent) {
        if (!(strippingCurrent > 0) || !(faceFraction > 0)) {
            return 0;
        }
        return faceShare(strippingCurrent) * strippingCurrent / faceFraction;
    }

    private double faceShare(double j) {
        return faceShares.computeIfAbsent(j, current -> electrode instanceof MixedConductorLayer m
                ? m.profile(current).electrolyteFaceShare() : 1.0);
    }
}
