package org.example.material;

import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialComponent;
import io.interphase.api.material.MaterialRole;
import io.interphase.api.material.MaterialSpec;
import io.interphase.api.material.Property;
import io.interphase.api.material.PropertyKey;
import org.osgi.service.component.annotations.Component;

/**
 * PVDF, a binder to try in place of the study's PTFE. Drop the built jar into a running workbench's deploy/ folder
 * and "pvdf" can be used in composites.
 */
@Component(service = Material.class)
public final class Pvdf extends MaterialComponent {

    public Pvdf() {
        super(MaterialSpec.builder("pvdf", "PVDF binder", MaterialRole.BINDER)
                .property(Property.constant(PropertyKey.DENSITY, "1.78 g/cm3",
                        "PVDF resin data sheets (e.g. Arkema Kynar): specific gravity 1.75-1.80"))
                // PVDF without salt or solvent is an insulator: volume resistivity ~1e14 Ohm cm
                .property(Property.constant(PropertyKey.ELECTRONIC_CONDUCTIVITY, "1e-14 S/cm",
                        "PVDF resin data sheets: volume resistivity about 1e14 Ohm cm").assumed("an insulator's placeholder"))
                .property(Property.constant(PropertyKey.IONIC_CONDUCTIVITY, "1e-14 S/cm",
                        "dry PVDF has no mobile Li ions").assumed("an insulator: taken equal to its electronic value"))
                .property(Property.constant(PropertyKey.PARTICLE_SIZE, "0.2 um",
                        "PVDF binder powders are fine, sub-micron").assumed("a size for the random packing"))
                .build());
    }
}
