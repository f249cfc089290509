package io.interphase.solver.eis;

import org.hipparchus.complex.Complex;

/**
 * The two-rail transmission line of a mixed-conducting layer of thickness L: an ionic rail of
 * resistance r_i per length, an electronic rail r_e per length, joined everywhere by an interfacial
 * impedance ζ per length. Electrons enter at one face (the current collector, blocking to ions), ions
 * at the other (the electrolyte, blocking to electrons). Bisquert, Phys. Chem. Chem. Phys. 2 (2000)
 * 4185, gives
 * <pre>
 * Z = r_i r_e/(r_i + r_e) · [L + 2λ/sinh(L/λ)] + λ (r_i² + r_e²)/(r_i + r_e) · coth(L/λ),
 * λ = √(ζ/(r_i + r_e)).
 * </pre>
 * With r_e → 0 this is de Levie's √(r_i ζ) coth(L/λ).
 *
 * <p>Parameters, totals over the layer (per unit electrode area as the spectrum is):
 * {@code T_0} = R_ion = r_i L (Ω), {@code T_1} = R_el = r_e L (Ω), and the interfacial impedance
 * of the whole layer ζ/L as a charge-transfer resistance in parallel with a CPE:
 * {@code T_2} = R_ct (Ω), {@code T_3} = Q (F s^(n−1)), {@code T_4} = n. In these, with
 * Z_int = 1/(1/R_ct + Q (jω)^n) and ν = L/λ = √((R_ion + R_el)/Z_int),
 * <pre>
 * Z = R_ion R_el/(R_ion + R_el) · [1 + 2/(ν sinh ν)] + (R_ion² + R_el²)/(R_ion + R_el) · coth(ν)/ν.
 * </pre>
 * Limits: at high frequency (Z_int → 0) the two rails in parallel, R_ion R_el/(R_ion + R_el); at low
 * frequency Z_int + (R_ion + R_el)/3, capacitive for a blocking interface (large R_ct). R_el may be 0,
 * R_ion + R_el must not.
 */
final class TransmissionLine {

    private TransmissionLine() {
    }

    /** Z at angular frequency ω from the five parameters starting at {@code p[i]}. */
    static Complex impedance(double omega, double[] p, int i) {
        double rIon = p[i];
        double rEl = p[i + 1];
        double sum = rIon + rEl;
        if (!(sum > 0)) {
            throw new IllegalArgumentException("a transmission line needs R_ion + R_el > 0, got R_ion = " + rIon
                    + ", R_el = " + rEl);
        }
        Complex admittance = Complex.I.multiply(omega).pow(p[i + 4]).multiply(p[i + 3]).add(1 / p[i + 2]);
        Complex nu = admittance.multiply(sum).sqrt();
        Complex diffusive = ComplexFunctions.coth(nu).divide(nu).multiply((rIon * rIon + rEl * rEl) / sum);
        if (rEl == 0 || rIon == 0) {
            return diffusive;
        }
        Complex cross = ComplexFunctions.csch(nu).divide(nu).multiply(2).add(1).multiply(rIon * rEl / sum);
        return cross.add(diffusive);
    }
}
