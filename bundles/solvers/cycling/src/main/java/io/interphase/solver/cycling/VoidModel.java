package io.interphase.solver.cycling;

/**
 * Voids at a planar Li | solid-electrolyte interface (PHYSICS.md §3.5, after Kasemchainan et al.,
 * Nat. Mater. 18 (2019) 1105). While Li is stripped at a local flux j, the interface keeps contact
 * for the Sand-type time t_s = K / j²; K = π D (c F)² / 4 from Li self-diffusion alone, raised by
 * creep under stack pressure. After t_s the interface can supply only √(K/t) per area, so the
 * contact shrinks to θ = √(t_s / t).
 *
 * <p>K is set from the bare Li | LPSCl cell's critical current (the calibration input): in a ramp
 * of charge Q per half cycle, the half cycle at J lasts Q/J and voids first when J² Q/J = K, so
 * K = J_c Q at the calibration temperature. It follows the self-diffusivity at other temperatures.
 *
 * @param sandConstant K, A²·s/m⁴
 */
public record VoidModel(double sandConstant) {

    public VoidModel {
        if (!(sandConstant > 0 && Double.isFinite(sandConstant))) {
            throw new IllegalArgumentException("the void model's Sand constant must be positive, got " + sandConstant);
        }
    }

    /** K from the calibration: critical current (A/m²) and charge per half cycle (C/m²), scaled by D(T)/D(T_cal). */
    public static VoidModel calibrated(double criticalCurrent, double chargePerHalfCycle, double diffusivityRatio) {
        return new VoidModel(criticalCurrent * chargePerHalfCycle * diffusivityRatio);
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
}
