package io.interphase.solver.cycling;

import io.interphase.solver.kinetics.ButlerVolmer;
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
    private double lastCurrent = Double.NaN;
    private double lastVoltage;

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
        if (currentDensity == lastCurrent) {
            return lastVoltage; // every sub-step of a step asks at the same current
        }
        if (voltages.size() > CACHE_LIMIT) {
            voltages.clear(); // a voltage hold asks at ever new currents
        }
        lastVoltage = voltages.computeIfAbsent(currentDensity, electrode::voltage);
        lastCurrent = currentDensity;
        return lastVoltage;
    }

    /** The Butler–Volmer law where Li meets the electrolyte: the bare metal's, or the layer's electron conductors'. */
    public ButlerVolmer faceKinetics() {
        return electrode instanceof MixedConductorLayer m ? m.kinetics().electrolyteFace() : ((Electrode.Face) electrode).kinetics();
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
     * True if metal meets the electrolyte directly, so that stripping can open voids there. An
     * interlayer's electrolyte face is held by its electron conductors: Li stripped from that face
     * leaves the carbon in contact, and the next plating finds the whole face again.
     */
    public boolean metalMeetsElectrolyte() {
        return electrode instanceof Electrode.Face;
    }

    /**
     * The local flux at the electrolyte face while {@code current} (A/m², either sign) passes: the
     * face's share of the current over its true contact, as a magnitude. A bare face carries it all;
     * an interlayer only what turns at its electrolyte face, the rest reaching Li inside it.
     */
    public double faceFlux(double current) {
        if (current == 0 || !(faceFraction > 0)) {
            return 0;
        }
        return faceShare(current) * Math.abs(current) / faceFraction;
    }

    /** The share of {@code current} that turns at the electrolyte face, [0, 1]. */
    public double faceShare(double current) {
        if (faceShares.size() > CACHE_LIMIT) {
            faceShares.clear(); // a voltage hold asks at ever new currents
        }
        return faceShares.computeIfAbsent(current, j -> electrode instanceof MixedConductorLayer m
                ? Math.min(1, Math.abs(m.profile(j).electrolyteFaceShare())) : 1.0);
    }
}
