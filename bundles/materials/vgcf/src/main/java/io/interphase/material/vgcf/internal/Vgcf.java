package io.interphase.material.vgcf.internal;

import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialComponent;
import io.interphase.api.material.MaterialRole;
import io.interphase.api.material.MaterialSpec;
import io.interphase.api.material.Property;
import io.interphase.api.material.PropertyKey;
import org.osgi.service.component.annotations.Component;

/**
 * Vapour-grown carbon fibre (VGCF), 5 wt% of the reference study's cathode composite, where it
 * carries the electrons. Parameters and their sources in docs/physics.md §2.
 *
 * <p>Lifecycle: none. The component is immutable and has no activate/deactivate methods.
 */
@Component(service = Material.class)
public final class Vgcf extends MaterialComponent {

    public Vgcf() {
        super(spec());
    }

    static MaterialSpec spec() {
        return MaterialSpec.builder("vgcf", "Vapour-grown carbon fibre (VGCF)", MaterialRole.CONDUCTIVE_ADDITIVE)
                .property(Property.constant(PropertyKey.DENSITY, "2.0 g/cm3",
                        "vapour-grown carbon fibre, ~2.0 g/cm3: graphitic walls (2.26 g/cm3) around a hollow core"))
                .property(Property.constant(PropertyKey.ELECTRONIC_CONDUCTIVITY, "300 S/cm",
                        "vapour-grown carbon fibre: ~1e2–1e3 S/cm; 300 S/cm (about the geometric middle) taken, "
                                + "constant in temperature")
                        .assumed("only a one-decade range is known; the value of the fibres in a pressed composite "
                                + "depends on their contacts"))
                .property(Property.constant(PropertyKey.IONIC_CONDUCTIVITY, "1e-10 S/cm",
                        "no Li⁺ transport in VGCF at cathode potentials (3.0–4.2 V vs Li, far above where carbon takes up Li)")
                        .assumed("VGCF blocks Li⁺ in the cathode; a negligible non-zero value keeps effective-medium "
                                + "formulas finite"))
                .build();
    }
}
