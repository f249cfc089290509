package io.interphase.api.material;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable material definition, checked when built: a valid id, a name, a role, each property
 * key once, and a density (every composite calculation needs it).
 */
public record MaterialSpec(String id, String name, MaterialRole role, List<Property> properties, Optional<OcvCurve> ocv)
        implements Material {

    public MaterialSpec {
        Objects.requireNonNull(role, "role");
        if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("material id '" + id + "' must be lowercase letters and digits joined by '-'");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("material " + id + " needs a name");
        }
        properties = List.copyOf(properties);
        Set<String> seen = new HashSet<>();
        for (Property p : properties) {
            if (!seen.add(p.key().name())) {
                throw new IllegalArgumentException("material " + id + " defines " + p.key().name() + " twice");
            }
        }
        if (!seen.contains(PropertyKey.DENSITY.name())) {
            throw new IllegalArgumentException("material " + id + " needs a density");
        }
        Objects.requireNonNull(ocv, "ocv");
    }

    public static Builder builder(String id, String name, MaterialRole role) {
        return new Builder(id, name, role);
    }

    /** Collects a material's properties. */
    public static final class Builder {
        private final String id;
        private final String name;
        private final MaterialRole role;
        private final List<Property> properties = new ArrayList<>();
        private OcvCurve ocv;

        private Builder(String id, String name, MaterialRole role) {
            this.id = id;
            this.name = name;
            this.role = role;
        }

        public Builder property(Property property) {
            properties.add(property);
            return this;
        }

        public Builder ocv(OcvCurve curve) {
            this.ocv = curve;
            return this;
        }

        public MaterialSpec build() {
            return new MaterialSpec(id, name, role, properties, Optional.ofNullable(ocv));
        }
    }
}
