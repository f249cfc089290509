package org.example.material;

import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialComponent;
import io.interphase.api.material.MaterialRole;
import io.interphase.api.material.MaterialSpec;
import io.interphase.api.material.Property;
import io.interphase.api.material.PropertyKey;
import org.osgi.service.component.annotations.Component;

/**
 * PTFE, the binder of the reference study's interface layers (5 wt%). Drop the built jar into a
 * running workbench's deploy/ folder and "ptfe" can be used in composites.
 */
@Component(service = Material.class)
public final class Ptfe extends MaterialComponent {

    public Ptfe() {
        super(MaterialSpec.builder("ptfe", "PTFE binder", MaterialRole.BINDER)
                .property(Property.constant(PropertyKey.DENSITY, "2.2 g/cm3",
                        "PTFE handbook values, 2.14-2.20 g/cm3 (e.g. Ebnesajjad, Fluoroplastics Vol. 1, 2015)"))
                // PTFE is an insulator: volume resistivity > 1e18 Ohm cm
                .property(Property.constant(PropertyKey.ELECTRONIC_CONDUCTIVITY, "1e-18 S/cm",
                        "volume resistivity > 1e18 Ohm cm (Ebnesajjad 2015)").assumed("upper limit taken as the value"))
                .property(Property.constant(PropertyKey.IONIC_CONDUCTIVITY, "1e-18 S/cm",
                        "PTFE does not conduct Li ions").assumed("an insulator: taken equal to its electronic value"))
                .build());
    }
}
