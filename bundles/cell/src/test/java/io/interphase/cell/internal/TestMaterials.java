package io.interphase.cell.internal;

import io.interphase.api.material.MaterialCatalog;
import io.interphase.api.material.MaterialRole;
import io.interphase.api.material.MaterialSpec;
import io.interphase.api.material.Property;
import io.interphase.api.material.PropertyKey;
import java.util.List;

/** Small stand-ins for the study's materials with the figures of docs/physics.md §2; the real ones live in their bundles. */
final class TestMaterials {

    private TestMaterials() {
    }

    static MaterialSpec material(String id, MaterialRole role, String density, String ionic, String electronic,
            String particleSize) {
        MaterialSpec.Builder b = MaterialSpec.builder(id, id, role)
                .property(Property.constant(PropertyKey.DENSITY, density, "test"))
                .property(Property.arrhenius(PropertyKey.IONIC_CONDUCTIVITY, ionic, "0.36 eV", "test"))
                .property(Property.constant(PropertyKey.ELECTRONIC_CONDUCTIVITY, electronic, "test"));
        if (particleSize != null) {
            b.property(Property.constant(PropertyKey.PARTICLE_SIZE, particleSize, "test"));
        }
        return b.build();
    }

    static MaterialCatalog study() {
        return MaterialCatalog.of(List.of(
                material("li-metal", MaterialRole.ANODE, "0.534 g/cm3", "1e5 S/cm", "1e5 S/cm", null),
                material("lpscl", MaterialRole.SOLID_ELECTROLYTE, "1.865 g/cm3", "1.8 mS/cm", "1e-9 S/cm", null),
                material("soft-carbon", MaterialRole.CONDUCTIVE_HOST, "2.0 g/cm3", "1e-6 S/cm", "3 S/cm", "5 um"),
                material("llzto-nano", MaterialRole.ION_CONDUCTING_FILLER, "5.44 g/cm3", "1.0 mS/cm", "1e-8 S/cm", "300 nm"),
                material("llzto-micro", MaterialRole.ION_CONDUCTING_FILLER, "5.44 g/cm3", "0.6 mS/cm", "1e-8 S/cm", "6.5 um")));
    }
}
