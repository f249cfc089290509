package io.interphase.material.limetal.internal;

import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialComponent;
import io.interphase.api.material.MaterialRole;
import io.interphase.api.material.MaterialSpec;
import io.interphase.api.material.Property;
import io.interphase.api.material.PropertyKey;
import org.osgi.service.component.annotations.Component;

/**
 * Lithium metal, the anode of the reference study's cells (20 µm foil). Parameters from
 * docs/physics.md §2; a range there is represented by its middle unless stated otherwise.
 *
 * <p>Lifecycle: none. The component is immutable and has no activate/deactivate methods; SCR
 * constructs it when the bundle starts and drops it when the bundle stops.
 */
@Component(service = Material.class)
public final class LiMetal extends MaterialComponent {

    static final String STUDY = "M. Yang, Y. Wu et al., Adv. Energy Mater. 2024, 2303229 (doi 10.1002/aenm.202303229)";
    static final String CRC_RESISTIVITY = "CRC Handbook of Chemistry and Physics: resistivity of Li 9.28e-8 Ohm m at 20 °C, "
            + "sigma = 1/rho = 1.078e7 S/m";

    public LiMetal() {
        super(spec());
    }

    static MaterialSpec spec() {
        return MaterialSpec.builder("li-metal", "Lithium metal", MaterialRole.ANODE)
                .property(Property.constant(PropertyKey.DENSITY, "0.534 g/cm3",
                        "CRC Handbook of Chemistry and Physics (0.534 g/cm3 at 20 °C; molar volume 13.0 cm3/mol)"))
                .property(Property.constant(PropertyKey.MOLAR_MASS, "6.94 g/mol", "IUPAC standard atomic weight of Li"))
                // A metal's resistivity rises slowly with T (about +0.5 %/K); over −5…55 °C that is small
                // next to every other uncertainty here, so the 20 °C value is used at all temperatures.
                .property(Property.constant(PropertyKey.ELECTRONIC_CONDUCTIVITY, "1.078e5 S/cm",
                        CRC_RESISTIVITY + "; taken constant in temperature"))
                // Li metal has no Li⁺ sublattice that carries an ionic current: Li enters or leaves the metal
                // at its interfaces and the charge moves through the metal as electrons. For a composite's
                // ionic path a Li-metal phase therefore passes Li current as freely as it passes electrons,
                // so the electronic value is reused rather than giving an "infinite" or a zero value.
                .property(Property.constant(PropertyKey.IONIC_CONDUCTIVITY, "1.078e5 S/cm",
                        "same as electronicConductivity (" + CRC_RESISTIVITY + ")")
                        .assumed("Li metal carries Li by its own electrons (Li is added or removed at its interfaces), "
                                + "so its conductivity for the Li current is taken equal to its electronic conductivity"))
                .property(Property.arrhenius(PropertyKey.LI_DIFFUSIVITY, "5.6e-11 cm2/s", "0.55 eV",
                        "self-diffusion of Li in Li metal at 25 °C: Lodding et al. 1970, as used by Kasemchainan et al., "
                                + "Nat. Mater. 18 (2019) 1105; Ea = 0.55 eV from tracer/NMR self-diffusion data in bcc Li "
                                + "(about 0.5–0.57 eV)")
                        .assumed("no activation energy for Li self-diffusion comes with the 25 °C figure; 0.55 eV taken from the "
                                + "self-diffusion literature so that the value falls at −5 °C (E1) instead of staying constant"))
                .property(Property.constant(PropertyKey.YOUNGS_MODULUS, "6.4 GPa",
                        "Masias et al., J. Mater. Sci. 54 (2019) 2585: reported 4.9–7.8 GPa; middle of the range taken"))
                .property(Property.constant(PropertyKey.YIELD_STRESS, "0.8 MPa",
                        "Masias et al., J. Mater. Sci. 54 (2019) 2585 (room temperature); taken constant in temperature"))
                .property(Property.constant(PropertyKey.CREEP_STRESS_EXPONENT, "6.6",
                        "power-law creep of Li at room temperature: stress exponent 6.56 (Masias et al., J. Mater. Sci. 54 "
                                + "(2019) 2585), 6.6 (LePage et al., J. Electrochem. Soc. 166 (2019) A89)"))
                .property(Property.arrhenius(PropertyKey.CREEP_RATE_AT_YIELD, "5e-4 1/s", "0.38 eV",
                        "the strain rate of the tensile tests that gave the 0.8 MPa yield stress (Masias et al. 2019); creep "
                                + "activation energy 37 kJ/mol = 0.38 eV (LePage et al. 2019)")
                        .assumed("the yield stress is taken as the power-law flow stress at the quasi-static test rate"))
                .property(exchangeCurrentDensity())
                // Li self-diffusion (and creep under stack pressure) say when voids open; what no source gives is
                // the size of the electrolyte's surface flaws that plated Li wedges open, so the one bare-cell
                // figure fixes it (docs/physics.md §3.5). Layered cells' critical currents follow from their layers.
                .property(Property.constant(PropertyKey.VOID_CALIBRATION_CURRENT_DENSITY, "3 mA/cm2",
                        "critical current density of bare Li | LPSCl | Li, about 3 mA/cm2 at 0.25 mAh/cm2 per half cycle: "
                                + "reference study (" + STUDY + "), the one calibration input of the failure model: it "
                                + "fixes the electrolyte's flaw size (LPSCl's surfaceFlawSize, derived from it; a recipe "
                                + "changes that, not this record of the measurement)"))
                .property(Property.constant(PropertyKey.VOID_CALIBRATION_CHARGE, "0.25 mAh/cm2",
                        "charge per half cycle of the bare-cell critical-current ramp of the reference study (its E3 protocol)"))
                .property(Property.constant(PropertyKey.VOID_CALIBRATION_TEMPERATURE, "55 degC",
                        "the reference study ran its critical-current ramps, like every electrochemical test but the Tafel "
                                + "sweep, at 55 degC"))
                .build();
    }

    /**
     * i0 of bare Li | LPSCl. The study measured it at −5 °C, so the Arrhenius law is written about
     * that temperature: its value at 268.15 K is exactly 0.291 mA/cm2.
     */
    private static Property exchangeCurrentDensity() {
        return Property.arrhenius(PropertyKey.EXCHANGE_CURRENT_DENSITY, "0.291 mA/cm2", "0.36 eV", "-5 degC",
                "bare Li | LPSCl at −5 °C, 0.291 mA/cm2, from the Tafel fit of the reference study (" + STUDY
                        + "); a calibration input; Arrhenius about 268.15 K with Ea = 0.36 eV")
                .assumed("the study gives i0 at −5 °C only; the activation energy is assumed equal to that of Li⁺ "
                        + "transport in LPSCl (0.36 eV), i.e. the interfacial transfer taken to be activated like bulk hopping");
    }
}
