package io.interphase.material.ptfe.internal;

import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialComponent;
import io.interphase.api.material.MaterialRole;
import io.interphase.api.material.MaterialSpec;
import io.interphase.api.material.Property;
import io.interphase.api.material.PropertyKey;
import org.osgi.service.component.annotations.Component;

/**
 * Polytetrafluoroethylene (PTFE), 5 wt% of the reference study's interlayers, where it binds the soft carbon and
 * LLZTO and conducts neither electrons nor Li⁺. Parameters and their sources in docs/physics.md §2.
 *
 * <p>Lifecycle: none. The component is immutable and has no activate/deactivate methods.
 */
@Component(service = Material.class)
public final class Ptfe extends MaterialComponent {

    public Ptfe() {
        super(spec());
    }

    static MaterialSpec spec() {
        return MaterialSpec.builder("ptfe", "Polytetrafluoroethylene binder (PTFE)", MaterialRole.BINDER)
                .property(Property.constant(PropertyKey.DENSITY, "2.16 g/cm3",
                        "PTFE resin data sheets (e.g. Chemours Teflon PTFE): specific gravity 2.13–2.19; 2.16 taken"))
                .property(Property.constant(PropertyKey.ELECTRONIC_CONDUCTIVITY, "1e-18 S/cm",
                        "PTFE resin data sheets: volume resistivity above 1e18 ohm cm; 1e-18 S/cm taken")
                        .assumed("PTFE insulates; a negligible non-zero value keeps effective-medium formulas finite"))
                .property(Property.constant(PropertyKey.IONIC_CONDUCTIVITY, "1e-12 S/cm",
                        "PTFE has no mobile Li⁺ (a fluoropolymer without salt or solvent)")
                        .assumed("PTFE blocks Li⁺; a negligible non-zero value keeps effective-medium formulas finite"))
                .property(Property.constant(PropertyKey.PARTICLE_SIZE, "0.2 um",
                        "PTFE dispersion and fine-powder grades have primary particles of about 0.2 µm (0.1–0.3 µm)")
                        .assumed("the reference study gives no size for its PTFE, and dry-processed PTFE fibrillates "
                                + "rather than staying particles; spheres of 0.2 µm stand for it in the packing"))
                .build();
    }
}
