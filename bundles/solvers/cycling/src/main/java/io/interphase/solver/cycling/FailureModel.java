package io.interphase.solver.cycling;

import io.interphase.api.units.Units;
import io.interphase.solver.kinetics.ButlerVolmer;

/**
 * How a Li | solid-electrolyte contact fails, from its mechanics (docs/physics.md §3.5).
 * <ul>
 * <li><b>Voids while stripping</b> (after Kasemchainan et al., Nat. Mater. 18 (2019) 1105): at a local
 *     flux j the metal keeps contact for the Sand-type time t_s = K / j², K = π D (c F)² / 4 from Li
 *     self-diffusion. Past it the contact shrinks to θ = √(t_s / t).</li>
 * <li><b>Creep closes voids</b>: under the stack pressure p the metal creeps into them. A void in a
 *     matrix creeping as ε̇ = ε̇_y (σ/σ_y)^n under a remote pressure p shrinks as
 *     V̇/V = −(3/2) ε̇_y (3p / (2n σ_y))^n (the exact spherically symmetric solution; Budiansky, Hutchinson
 *     &amp; Slutsky 1982), the rate r here. The same rate relaxes the depleted zone behind the contact, so
 *     while stripping at j the Sand clock runs as dt_s/dt = 1 − r t_s: a contact stripped at less than
 *     √(K r) never voids.</li>
 * <li><b>Penetration while plating</b> (Porz et al., Adv. Energy Mater. 7 (2017) 1701003): Li plated
 *     into a surface flaw of depth a at overpotential η presses on its walls with p = F|η|/Ω (Ω the molar
 *     volume of Li); the flaw grows when p Y √(π a) reaches the electrolyte's K_IC (Griffith–Irwin, Y = 1.12
 *     for an edge flaw). Hence the critical overpotential η_c = K_IC Ω / (F Y √(π a)) and, through each
 *     contact's own Butler–Volmer law, the local plating flux that penetrates.</li>
 * </ul>
 *
 * @param sandConstant K, A²·s/m⁴
 * @param creepClosureRate r, 1/s (0 without stack pressure)
 * @param criticalOverpotential η_c, V
 */
public record FailureModel(double sandConstant, double creepClosureRate, double criticalOverpotential) {

    /** Y of a shallow edge flaw in a half-space (Tada, Paris &amp; Irwin, The Stress Analysis of Cracks Handbook). */
    public static final double FLAW_SHAPE_FACTOR = 1.12;

    public FailureModel {
        if (!(sandConstant > 0 && Double.isFinite(sandConstant))) {
            throw new IllegalArgumentException("the void model's Sand constant must be positive, got " + sandConstant);
        }
        if (!(creepClosureRate >= 0) || Double.isNaN(creepClosureRate)) {
            throw new IllegalArgumentException("the creep closure rate must be zero or more, got " + creepClosureRate);
        }
        if (!(criticalOverpotential > 0 && Double.isFinite(criticalOverpotential))) {
            throw new IllegalArgumentException("the critical overpotential must be positive, got " + criticalOverpotential);
        }
    }

    /** K of self-diffusion, π D (c F)² / 4, with D in m²/s and c the Li concentration of the metal, mol/m³. */
    public static double selfDiffusionLimit(double diffusivity, double concentration) {
        double cf = concentration * Units.FARADAY;
        return Math.PI * diffusivity * cf * cf / 4;
    }

    /**
     * The closure rate r of a void under pressure p (Pa) in a power-law creeping metal: stress exponent n,
     * flow stress σ_y (Pa) at strain rate ε̇_y (1/s).
     */
    public static double creepClosureRate(double pressure, double exponent, double flowStress, double rateAtFlowStress) {
        if (!(pressure > 0)) {
            return 0;
        }
        return 1.5 * rateAtFlowStress * Math.pow(3 * pressure / (2 * exponent * flowStress), exponent);
    }

    /** The pressure (Pa) that Li plated at overpotential η (V) can exert: F|η|/Ω, Ω in m³/mol. */
    public static double depositPressure(double overpotential, double molarVolume) {
        return Units.FARADAY * Math.abs(overpotential) / molarVolume;
    }

    /** η_c = K_IC Ω / (F Y √(π a)) for flaws of depth a (m), K_IC in Pa·√m. */
    public static double criticalOverpotential(double toughness, double molarVolume, double flawSize) {
        return toughness * molarVolume / (Units.FARADAY * FLAW_SHAPE_FACTOR * Math.sqrt(Math.PI * flawSize));
    }

    /** The flaw depth (m) at which overpotential η just opens a flaw: the inverse of {@link #criticalOverpotential}. */
    public static double flawSize(double toughness, double molarVolume, double overpotential) {
        double root = toughness * molarVolume / (Units.FARADAY * FLAW_SHAPE_FACTOR * Math.abs(overpotential));
        return root * root / Math.PI;
    }

    /** How long stripping at local flux j (A/m²) keeps full contact without creep, s. */
    public double sandTime(double localFlux) {
        return localFlux > 0 ? sandConstant / (localFlux * localFlux) : Double.POSITIVE_INFINITY;
    }

    /** The local stripping flux below which creep keeps every void closed, √(K r), A/m². */
    public double creepLimitedFlux() {
        return Math.sqrt(sandConstant * creepClosureRate);
    }

    /** The local plating flux (A/m² of true contact, a magnitude) that penetrates through a contact of these kinetics. */
    public double penetrationFlux(ButlerVolmer contact) {
        return Math.abs(contact.current(-criticalOverpotential));
    }
}
