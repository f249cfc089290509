package io.interphase.console.internal;

import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialRole;
import io.interphase.api.material.OcvCurve;
import io.interphase.api.material.Property;
import java.util.List;
import java.util.Optional;

/** A material's answers, read once: what the console serves instead of calling the material again. */
record MaterialCopy(String id, String name, MaterialRole role, List<Property> properties, Optional<OcvCurve> ocv)
        implements Material {

    MaterialCopy {
        properties = List.copyOf(properties);
    }

    static MaterialCopy of(Material m) {
        String id = m.id();
        if (id == null || id.isBlank()) {
            throw new IllegalStateException("a material without an id");
        }
        return new MaterialCopy(id, m.name(), m.role(), m.properties(), m.ocv());
    }
}
