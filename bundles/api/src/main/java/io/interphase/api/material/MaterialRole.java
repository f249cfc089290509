package io.interphase.api.material;

/** What a material does in a cell. */
public enum MaterialRole {
    /** Conducts Li⁺ and blocks electrons, separating the electrodes (LPSCl). */
    SOLID_ELECTROLYTE,
    /** The negative electrode (Li metal). */
    ANODE,
    /** The positive electrode's Li-storing phase (LZO-coated LCO). */
    CATHODE_ACTIVE,
    /** A mixed or electron-conducting matrix that hosts other phases and may store Li (soft carbon). */
    CONDUCTIVE_HOST,
    /** An electron-conducting additive in a composite (VGCF). */
    CONDUCTIVE_ADDITIVE,
    /** Ion-conducting particles dispersed in a host (LLZTO). */
    ION_CONDUCTING_FILLER,
    /** An inert binder (PTFE). */
    BINDER
}
