package io.interphase.material.softcarbon.internal;

import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialComponent;
import io.interphase.api.material.MaterialRole;
import io.interphase.api.material.MaterialSpec;
import io.interphase.api.material.Property;
import io.interphase.api.material.PropertyKey;
import io.interphase.api.units.Dimension;
import io.interphase.api.units.Units;
import org.osgi.service.component.annotations.Component;

/**
 * Lithiated soft carbon (SC), the electron-conducting host of the reference study's interface
 * layers, lithiated by contact with Li at 55 °C before testing. Parameters and their sources in docs/physics.md §2; a
 * range there is represented by its middle (the geometric middle for ranges of a decade or more).
 *
 * <p>Lifecycle: none. The component is immutable and has no activate/deactivate methods.
 */
@Component(service = Material.class)
public final class SoftCarbon extends MaterialComponent {

    static final String STUDY = "M. Yang, Y. Wu et al., Adv. Energy Mater. 2024, 2303229 (doi 10.1002/aenm.202303229)";

    static final String DENSITY = "2.0 g/cm3";
    static final String DIFFUSIVITY = "1e-11 cm2/s";
    /** Li⁺ hopping in C6Li by µ+SR (Umegaki et al., Phys. Chem. Chem. Phys. 2017): Ea = 270 meV. */
    static final String DIFFUSION_ACTIVATION_ENERGY = "0.27 eV";
    /** Molar mass of carbon, kg/mol (IUPAC). */
    static final double CARBON_MOLAR_MASS = 12.011e-3;

    public SoftCarbon() {
        super(spec());
    }

    static MaterialSpec spec() {
        return MaterialSpec.builder("soft-carbon", "Soft carbon, lithiated (SC)", MaterialRole.CONDUCTIVE_HOST)
                .property(Property.constant(PropertyKey.DENSITY, DENSITY,
                        "soft (graphitisable) carbon, ~2.0 g/cm3: below graphite's 2.26 g/cm3 for its turbostratic stacking and pores"))
                .property(Property.constant(PropertyKey.ELECTRONIC_CONDUCTIVITY, "3 S/cm",
                        "hard/soft-carbon literature: order 1–10 S/cm for a pressed compact; 3 S/cm (about the "
                                + "geometric middle) taken, constant in temperature")
                        .assumed("only the order of magnitude is known (1–10 S/cm as a pressed compact)"))
                .property(diffusivity())
                .property(ionicConductivity())
                .property(Property.constant(PropertyKey.SPECIFIC_CAPACITY, "275 mAh/g",
                        "soft-carbon anode literature: ~250–300 mAh/g above 0 V vs Li; middle 275 mAh/g taken"))
                // Li⁺ from a Li⁺ conductor (LLZTO inside the layer, LPSCl at its face) entering the lithiated
                // carbon, per true contact area: no measurement for a sulfide or garnet contact is published
                .property(Property.arrhenius(PropertyKey.EXCHANGE_CURRENT_DENSITY, "0.291 mA/cm2", "0.36 eV", "-5 degC",
                        "lithiated carbon | Li+ conductor contact: taken equal to bare Li | LPSCl per true area (0.291 mA/cm2 "
                                + "at -5 °C from the reference study's Tafel fit, Ea 0.36 eV)")
                        .assumed("no exchange current of Li+ transfer between lithiated soft carbon and a solid electrolyte "
                                + "is published; that of Li | LPSCl is taken for it"))
                .property(Property.constant(PropertyKey.PARTICLE_SIZE, "5 um",
                        "typical commercial soft-carbon powders are several µm; 5 µm taken")
                        .assumed("the reference study gives no particle size for its soft carbon"))
                .build();
    }

    /**
     * The Li⁺ conductivity of the lithiated carbon from its Li diffusivity by Nernst–Einstein,
     * σ = D c F² / (R T), with c the Li concentration of LiC6 at the carbon's density:
     * <pre>
     * c = ρ / (6 M_C) = 2000 kg/m3 / (6 × 0.012011 kg/mol)          = 27 752 mol/m3
     * σ = 1e-15 m2/s × 27 752 mol/m3 × (96 485 C/mol)² / (8.3145 J/(mol K) × 298.15 K)
     *   = 1.042e-4 S/m = 1.04e-6 S/cm at 25 °C
     * </pre>
     * At other temperatures it follows the diffusivity's Arrhenius law and Nernst–Einstein's 1/T.
     */
    private static Property ionicConductivity() {
        double c = Units.parse(DENSITY, Dimension.DENSITY) / (6 * CARBON_MOLAR_MASS);
        return Property.ionicConductivityFromDiffusivity(diffusivity(), c,
                "derived: Nernst–Einstein sigma = D c F^2/(R T) with D = " + DIFFUSIVITY + " and c = "
                        + Units.format(c) + " mol/m3 (LiC6 at " + DENSITY + "), 1.04e-6 S/cm at 25 °C")
                .assumed("derived from the assumed LiC6-like Li content and the diffusivity; no measured Li⁺ "
                        + "conductivity of lithiated soft carbon is given");
    }

    private static Property diffusivity() {
        return Property.arrhenius(PropertyKey.LI_DIFFUSIVITY, DIFFUSIVITY, DIFFUSION_ACTIVATION_ENERGY,
                "reference study (" + STUDY + ") refs. 46–47: ~1e-11 cm2/s (LiC6-like); Ea = 0.27 eV from "
                        + "µ+SR on C6Li (Umegaki et al., Phys. Chem. Chem. Phys. 2017)")
                .assumed("no activation energy is published for lithiated soft carbon; the value for Li hopping in C6Li (graphite) "
                        + "is applied to lithiated soft carbon");
    }
}
