package io.interphase.material.lpscl.internal;

import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialComponent;
import io.interphase.api.material.MaterialRole;
import io.interphase.api.material.MaterialSpec;
import io.interphase.api.material.Property;
import io.interphase.api.material.PropertyKey;
import org.osgi.service.component.annotations.Component;

/**
 * Li6PS5Cl (LPSCl), the argyrodite solid electrolyte of the reference study's cells and of its
 * cathode composite. Parameters and their sources in docs/physics.md §2; a range there is represented by its middle.
 *
 * <p>Lifecycle: none. The component is immutable and has no activate/deactivate methods.
 */
@Component(service = Material.class)
public final class Lpscl extends MaterialComponent {

    static final String ARGYRODITE = "argyrodite literature (Boulineau et al., Solid State Ionics 2012; Yu et al. 2016)";

    public Lpscl() {
        super(spec());
    }

    static MaterialSpec spec() {
        return MaterialSpec.builder("lpscl", "Li6PS5Cl argyrodite (LPSCl)", MaterialRole.SOLID_ELECTROLYTE)
                // Z M / (N_A a^3) = 4 × 268.364 g/mol / (6.02214e23 mol^-1 × (9.85e-8 cm)^3) = 1.865 g/cm3
                .property(Property.constant(PropertyKey.DENSITY, "1.865 g/cm3",
                        "crystallographic: cubic F-43m, a = 9.85 Å, Z = 4, M = 268.364 g/mol"))
                .property(Property.constant(PropertyKey.MOLAR_MASS, "268.364 g/mol",
                        "Li6PS5Cl from IUPAC standard atomic weights (Li 6.94, P 30.974, S 32.06, Cl 35.45)"))
                .property(Property.arrhenius(PropertyKey.IONIC_CONDUCTIVITY, "1.8 mS/cm", "0.36 eV",
                        ARGYRODITE + ": 1.6–2.0 mS/cm at 25 °C, middle 1.8 mS/cm taken; "
                                + "Ea 0.35–0.37 eV, middle 0.36 eV taken"))
                .property(Property.constant(PropertyKey.ELECTRONIC_CONDUCTIVITY, "1e-9 S/cm",
                        "sulfide solid-electrolyte literature: ~1e-9 S/cm, negligible; taken constant in temperature")
                        .assumed("only an order of magnitude is known; it matters only as a near-zero leak path"))
                .property(Property.constant(PropertyKey.YOUNGS_MODULUS, "25.5 GPa",
                        "McGrogan et al., Adv. Energy Mater. 2017 (argyrodite/Li2S–P2S5 mechanics): ~22–29 GPa, "
                                + "middle 25.5 GPa taken"))
                .property(Property.constant(PropertyKey.FRACTURE_TOUGHNESS, "0.23 MPa m^0.5",
                        "McGrogan et al., Adv. Energy Mater. 2017: K_IC ~0.23 MPa m^0.5"))
                // The one figure no source gives for the study's pressed pellets; derived (docs/physics.md §3.5) from
                // the bare Li | LPSCl | Li critical current, 3 mA/cm2 at 55 °C: plating a flat full contact at it takes
                // eta = (2RT/F) asinh(J/2i0) = 16.64 mV with i0 = 5.02 mA/cm2 (alpha = 1/2), and a = (K_IC Omega/(F Y eta))^2/pi
                .property(Property.constant(PropertyKey.SURFACE_FLAW_SIZE, "0.88 um",
                        "derived from the bare Li | LPSCl | Li critical current of the reference study (3 mA/cm2 at 55 °C, "
                                + "0.25 mAh/cm2 per half cycle), the failure model's calibration input: the flaw depth at "
                                + "which Li plated at that current just opens a flaw (Griffith-Irwin, K_IC 0.23 MPa m^0.5); "
                                + "of the order of the micrometre-sized surface defects Porz et al. 2017 discuss")
                        .assumed("calibrated, not measured: the one unknown of the failure model"))
                .property(Property.constant(PropertyKey.INTERPHASE_GROWTH_RATE, "1 ohm cm2/h^0.5",
                        "parabolic (diffusion-controlled) growth of the Li | argyrodite interphase, R = k sqrt(t): Wenzel et al., "
                                + "Solid State Ionics 286 (2016) 24 and 318 (2018) 102")
                        .assumed("the parabolic law is from Wenzel et al.; the rate k = 1 ohm cm2/h^0.5 (10 ohm cm2 after "
                                + "100 h, per true contact area) is an order-of-magnitude assumption, not their fitted value"))
                .build();
    }
}
