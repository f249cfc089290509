package io.interphase.material.lcolzo.internal;

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
 * LiZrO2-coated LiCoO2 (LZO@LCO), the cathode active material of the reference study's full cells.
 * The coating is a few nanometres thick, so the bulk figures are those of LiCoO2; its effect on the
 * cathode|electrolyte interphase belongs to the cell models. Parameters and their sources in docs/physics.md §2; the
 * open-circuit voltage is {@link RamadassLcoOcv}.
 *
 * <p>Lifecycle: none. The component is immutable and has no activate/deactivate methods.
 */
@Component(service = Material.class)
public final class LzoCoatedLco extends MaterialComponent {

    static final String STUDY = "M. Yang, Y. Wu et al., Adv. Energy Mater. 2024, 2303229 (doi 10.1002/aenm.202303229)";

    static final String DENSITY = "5.05 g/cm3";
    static final String MOLAR_MASS = "97.871 g/mol";
    static final String DIFFUSIVITY = "1e-11 cm2/s";
    /** 18.55 kJ/mol, the LiCoO2 diffusion activation energy of PyBaMM's Ramadass2004 set, in eV. */
    static final String DIFFUSION_ACTIVATION_ENERGY = "0.1923 eV";

    public LzoCoatedLco() {
        super(spec());
    }

    static MaterialSpec spec() {
        return MaterialSpec.builder("lco-lzo", "LiZrO2-coated LiCoO2 (LZO@LCO)", MaterialRole.CATHODE_ACTIVE)
                // Z M / (N_A V), R-3m, a = 2.816 Å, c = 14.05 Å, V = 96.5 Å3, Z = 3: 5.05 g/cm3
                .property(Property.constant(PropertyKey.DENSITY, DENSITY,
                        "LiCoO2, crystallographic (R-3m, Z = 3); the thin LiZrO2 coating is neglected"))
                .property(Property.constant(PropertyKey.MOLAR_MASS, MOLAR_MASS,
                        "LiCoO2 from IUPAC standard atomic weights (Li 6.94, Co 58.933, O 15.999)"))
                // F / (3.6 M) = 96485 / (3.6 × 97.871) = 273.8 mAh/g
                .property(Property.constant(PropertyKey.SPECIFIC_CAPACITY, "274 mAh/g",
                        "LiCoO2 theoretical capacity, one Li per formula unit: F / M = 273.8 mAh/g"))
                .property(Property.constant(PropertyKey.PRACTICAL_CAPACITY, "135 mAh/g",
                        "reference study's C-rate arithmetic (" + STUDY + "): 1C = 0.2 mA/cm2 at 1.48 mg/cm2, "
                                + "i.e. 135 mAh/g (about Li0.5CoO2 to LiCoO2)"))
                .property(diffusivity())
                .property(Property.constant(PropertyKey.ELECTRONIC_CONDUCTIVITY, "1e-3 S/cm",
                        "Tukamoto and West, J. Electrochem. Soc. 144 (1997) 3164: LiCoO2 is a p-type semiconductor whose "
                                + "room-temperature conductivity Mg doping raises over 100-fold to ~0.5 S/cm, so undoped "
                                + "LiCoO2 is of order 1e-3 S/cm; 1e-3 S/cm taken, constant in temperature")
                        .assumed("order of magnitude for the discharged state; LiyCoO2 becomes far more conductive "
                                + "(metallic) once y falls below about 0.95, which a single value does not capture"))
                .property(ionicConductivity())
                .property(Property.constant(PropertyKey.PARTICLE_SIZE, "5 um",
                        "typical commercial LiCoO2 powders for sulfide all-solid-state cathodes are a few µm to ~10 µm; "
                                + "5 µm taken")
                        .assumed("the reference study gives no LCO particle size; needed for solid "
                                + "diffusion in the cathode models and overridable per recipe"))
                .property(Property.constant(PropertyKey.LOWER_CUTOFF_VOLTAGE, "3.0 V", "the usual LiCoO2 window, 3.0–4.2 V vs Li (Li0.5CoO2 at 4.2 V; Reimers & Dahn, J. Electrochem. Soc. 139 (1992) 2091)")
                        .assumed("the study's full-cell voltage window is taken to be the usual LiCoO2 one"))
                .property(Property.constant(PropertyKey.UPPER_CUTOFF_VOLTAGE, "4.2 V", "the usual LiCoO2 window, 3.0–4.2 V vs Li (Li0.5CoO2 at 4.2 V; Reimers & Dahn, J. Electrochem. Soc. 139 (1992) 2091)")
                        .assumed("the study's full-cell voltage window is taken to be the usual LiCoO2 one"))
                .ocv(new RamadassLcoOcv())
                .property(Property.arrhenius(PropertyKey.EXCHANGE_CURRENT_DENSITY, "0.16 mA/cm2", "0.4101 eV",
                        "LiCoO2 charge transfer per particle surface at 25 °C: i0 = F k sqrt(ce cs (cmax - cs)) with k = "
                                + "2.334e-11 m2.5/(mol0.5 s), ce = 1 M, cs = 0.75 cmax, 1.6 A/m2; activation energy 39.57 kJ/mol "
                                + "(0.410 eV), both from the Ramadass et al. 2004 parameter set (PyBaMM Ramadass2004)")
                        .assumed("a liquid-electrolyte rate constant and its activation energy taken for the LPSCl | "
                                + "LiZrO2 | LiCoO2 contact; constant in state of charge"))
                .property(Property.constant(PropertyKey.INTERPHASE_GROWTH_RATE, "2 ohm cm2/h^0.5",
                        "cathode | sulfide electrolyte interphase grows parabolically (Koerver et al., Chem. Mater. 29 (2017) "
                                + "5574); a LiZrO2-type coating slows it")
                        .assumed("the rate, 2 ohm cm2/h^0.5 per true LCO surface with the LiZrO2 coating, is an "
                                + "order-of-magnitude assumption, not a fitted value"))
                .build();
    }

    /**
     * The Li⁺ conductivity of LiCoO2 from its Li diffusivity by Nernst–Einstein, σ = D c F² / (R T),
     * with c the Li concentration of LiCoO2:
     * <pre>
     * c = ρ / M = 5050 kg/m3 / 0.097871 kg/mol                            = 51 599 mol/m3
     * σ = 1e-15 m2/s × 51 599 mol/m3 × (96 485 C/mol)² / (8.3145 J/(mol K) × 298.15 K)
     *   = 1.938e-4 S/m = 1.94e-6 S/cm at 25 °C
     * </pre>
     * At other temperatures it follows the diffusivity's Arrhenius law and Nernst–Einstein's 1/T.
     */
    private static Property ionicConductivity() {
        double c = Units.parse(DENSITY, Dimension.DENSITY) / Units.parse(MOLAR_MASS, Dimension.MOLAR_MASS);
        return Property.ionicConductivityFromDiffusivity(diffusivity(), c,
                "derived: Nernst–Einstein sigma = D c F^2/(R T) with D = " + DIFFUSIVITY + " and c = "
                        + Units.format(c) + " mol/m3 (LiCoO2), 1.94e-6 S/cm at 25 °C")
                .assumed("derived from the assumed diffusivity; no single measured Li⁺ conductivity of LiCoO2 is given");
    }

    private static Property diffusivity() {
        return Property.arrhenius(PropertyKey.LI_DIFFUSIVITY, DIFFUSIVITY, DIFFUSION_ACTIVATION_ENERGY,
                        "LCO literature: 1e-12 to 1e-10 cm2/s, geometric middle 1e-11 cm2/s taken; Ea = 18.55 kJ/mol "
                                + "(0.192 eV) as in the Ramadass et al. 2004 LiCoO2 parameter set (PyBaMM Ramadass2004)")
                        .assumed("the literature spans two decades and depends on y; one value is taken for all y, "
                                + "and the activation energy is borrowed from a liquid-cell parameter set");
    }
}
