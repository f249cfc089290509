package io.interphase.material.llzto.internal;

import io.interphase.api.material.MaterialRole;
import io.interphase.api.material.MaterialSpec;
import io.interphase.api.material.Property;
import io.interphase.api.material.PropertyKey;

/**
 * The garnet Li6.4La3Zr1.4Ta0.6O12 (cubic LLZTO) shared by both powders of the reference study.
 * The nano and micro powders are the same phase; they differ only in particle size and in their
 * measured ionic conductivity, which are the two arguments here. Every other figure is written
 * once, below.
 */
final class Garnet {

    static final String STUDY = "M. Yang, Y. Wu et al., Adv. Energy Mater. 2024, 2303229 (doi 10.1002/aenm.202303229)";

    /** Middle of the garnet literature range 0.34–0.43 eV; used for both conductivity and diffusivity. */
    static final String ACTIVATION_ENERGY = "0.385 eV";
    static final String EA_NOTE = "Ea from the garnet literature range 0.34–0.43 eV, middle 0.385 eV taken";

    private Garnet() {
    }

    /**
     * @param id the material id
     * @param name the readable name
     * @param particleSize the powder's particle diameter with unit ("300 nm")
     * @param sizeSource where the size comes from
     * @param conductivityAt25C the powder's Li⁺ conductivity at 25 °C with unit ("1.0e-3 S/cm")
     */
    static MaterialSpec spec(String id, String name, String particleSize, String sizeSource, String conductivityAt25C) {
        return MaterialSpec.builder(id, name, MaterialRole.ION_CONDUCTING_FILLER)
                .property(Property.constant(PropertyKey.PARTICLE_SIZE, particleSize, sizeSource))
                .property(Property.arrhenius(PropertyKey.IONIC_CONDUCTIVITY, conductivityAt25C, ACTIVATION_ENERGY,
                        "reference study (" + STUDY + "): " + conductivityAt25C + " at 25 °C; " + EA_NOTE))
                // Cubic LLZTO, Z = 8, a ≈ 12.94 Å: 8 × 889.40 g/mol / (N_A × (12.94e-8 cm)^3) = 5.45 g/cm3
                .property(Property.constant(PropertyKey.DENSITY, "5.44 g/cm3",
                        "garnet literature: 5.43–5.45 g/cm3 for Li6.4La3Zr1.4Ta0.6O12, middle 5.44 g/cm3 taken"))
                .property(Property.constant(PropertyKey.MOLAR_MASS, "889.40 g/mol",
                        "Li6.4La3Zr1.4Ta0.6O12 from IUPAC standard atomic weights"))
                .property(Property.constant(PropertyKey.ELECTRONIC_CONDUCTIVITY, "1e-8 S/cm",
                        "garnet literature: ~1e-8 S/cm; taken constant in temperature")
                        .assumed("only an order of magnitude is known; it matters only as a near-zero leak path"))
                // D is linked to σ by Nernst–Einstein (D ∝ σT), so it shares the activation energy; the
                // 1/T prefactor is neglected.
                .property(Property.arrhenius(PropertyKey.LI_DIFFUSIVITY, "1.33e-8 cm2/s", ACTIVATION_ENERGY,
                        "reference study (" + STUDY + ") and its refs. 48–50: 1e-8 to 1e-9 cm2/s, 1.33e-8 cm2/s "
                                + "reported and taken; " + EA_NOTE + " (same as the conductivity)"))
                .property(liContactExchangeCurrent())
                .build();
    }

    /**
     * i0 of a garnet | Li metal contact, per true area, from its area-specific resistance by
     * i0 = RT/(F R_ct): a clean LLZO | Li interface shows about 2 Ω·cm² at room temperature once its
     * Li2CO3 surface layer is removed (Sharafi et al., Chem. Mater. 29 (2017) 7961), so
     * i0 = 0.025693 V / 2 Ω·cm² = 12.8 mA/cm² at 25 °C.
     */
    private static Property liContactExchangeCurrent() {
        return Property.arrhenius(PropertyKey.EXCHANGE_CURRENT_DENSITY, "12.8 mA/cm2", ACTIVATION_ENERGY,
                "garnet | Li metal contact: about 2 ohm cm2 at 25 °C for a clean LLZO | Li interface (Sharafi et al., "
                        + "Chem. Mater. 29 (2017) 7961), i0 = RT/(F R_ct) = 12.8 mA/cm2; " + EA_NOTE)
                .assumed("a clean garnet surface is taken (the study does not say how its powders' Li2CO3 was treated; "
                        + "a carbonate-covered garnet shows 100-1000 times the resistance), activated like the bulk conduction");
    }
}
