package io.interphase.solver.cycling;

/**
 * How a planar Li | solid-electrolyte contact fails (docs/physics.md §3.5).
 * <ul>
 * <li><b>Voids while stripping</b> (after Kasemchainan et al., Nat. Mater. 18 (2019) 1105): at a local
 *     flux j the metal keeps contact for the Sand-type time t_s = K / j², K = π D (c F)² / 4 from Li
 *     self-diffusion alone, raised by creep under stack pressure. After t_s the interface is supplied
 *     only √(K/t) per area, so the contact shrinks to θ = √(t_s / t).</li>
 * <li><b>Penetration while plating</b> (after Porz et al., Adv. Energy Mater. 7 (2017) 1701003): Li
 *     plated onto a contact at a local flux above j_p fills the electrolyte's surface flaws and grows
 *     into it. Voids focus the current onto what contact is left, j / θ.</li>
 * </ul>
 *
 * <p>Both follow from the bare Li | LPSCl cell's critical current J_c (the calibration input). In a
 * ramp of charge Q per half cycle the half cycle at J lasts Q/J and voids first when J² Q/J = K, so
 * K = J_c Q; and the flat contact plated at J_c is at the edge of penetrating, so j_p = J_c: the ramp
 * cannot tell the two apart, and this model assumes they coincide at the calibration. Both follow
 * the Li self-diffusivity at other temperatures.
 *
 * @param sandConstant K, A²·s/m⁴
 * @param penetrationFlux j_p, A/m² of true contact
 */
public record VoidModel(double sandConstant, double penetrationFlux) {

    public VoidModel {
        if (!(sandConstant > 0 && Double.isFinite(sandConstant))) {
            throw new IllegalArgumentException("the void model's Sand constant must be positive, got " + sandConstant);
        }
        if (!(penetrationFlux > 0 && Double.isFinite(penetrationFlux))) {
            throw new IllegalArgumentException("the penetration flux must be positive, got " + penetrationFlux);
        }
    }

    /** The model from the calibration: critical current (A/m²) and charge per half cycle (C/m²), scaled by D(T)/D(T_cal). */
    public static VoidModel calibrated(double criticalCurrent, double chargePerHalfCycle, double diffusivityRatio) {
        return new VoidModel(criticalCurrent * chargePerHalfCycle * diffusivityRatio, criticalCurrent * diffusivityRatio);
    }

    /** K of self-diffusion alone, π D (c F)² / 4, with D in m²/s and c the Li concentration of the metal, mol/m³. */
    public static double selfDiffusionLimit(double diffusivity, double concentration) {
        double cf = concentration * io.interphase.api.units.Units.FARADAY;
        return Math.PI * diffusivity * cf * cf / 4;
    }

    /** How long stripping at local flux j (A/m²) keeps full contact, s. */
    public double sandTime(double localFlux) {
        return localFlux > 0 ? sandConstant / (localFlux * localFlux) : Double.POSITIVE_INFINITY;
    }

    /** The fraction of the interface still in contact after stripping for {@code time} s at local flux j. */
    public double contact(double time, double localFlux) {
        double ts = sandTime(localFlux);
        return time <= ts ? 1 : Math.sqrt(ts / time);
    }

    /** True if Li plated at this local flux (A/m² of true contact, either sign) grows into the electrolyte. */
    public boolean penetrates(double localFlux) {
        return Math.abs(localFlux) > penetrationFlux;
    }
}
