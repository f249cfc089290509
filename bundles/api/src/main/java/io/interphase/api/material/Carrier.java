package io.interphase.api.material;

/**
 * What a phase of a layer carries, from its two conductivities: where its ion-conducting and electron-conducting
 * neighbours meet, Li⁺ and electrons can react. A conductivity at or below {@link #INSULATOR} is a placeholder that
 * keeps formulas finite (a binder's, a carbon fibre's Li⁺ conductivity), not a path.
 */
public enum Carrier {
    /** Li⁺ more than electrons, and Li⁺ at all: LPSCl, LLZTO. */
    IONS,
    /** Electrons more than Li⁺: carbon, Li metal. */
    ELECTRONS,
    /** Neither: a binder. */
    NONE;

    /** The conductivity below which a phase is taken not to conduct at all, S/m (1e-8 S/cm). */
    public static final double INSULATOR = 1e-6;

    /** The carrier of a phase of these conductivities, S/m. */
    public static Carrier of(double ionic, double electronic) {
        if (electronic > ionic && electronic > INSULATOR) {
            return ELECTRONS;
        }
        return ionic > INSULATOR && ionic >= electronic ? IONS : NONE;
    }
}
