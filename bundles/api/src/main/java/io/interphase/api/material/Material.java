package io.interphase.api.material;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A material offered as an OSGi service: identity, role in a cell and properties with units and
 * sources. Implementations are immutable. Most extend {@link MaterialComponent}.
 */
@ConsumerType
public interface Material {

    /** A stable id used in recipes, lowercase words joined by '-' ("llzto-nano"). */
    String id();

    /** The name people read ("LLZTO, nano (300 nm)"). */
    String name();

    MaterialRole role();

    /** Every property, each key at most once. */
    List<Property> properties();

    /** The open-circuit voltage curve of an electrode material; empty for the others. */
    default Optional<OcvCurve> ocv() {
        return Optional.empty();
    }

    /** The property with this key, if the material has it. */
    default Optional<Property> property(PropertyKey key) {
        return property(key.name());
    }

    /** The property with this name, if the material has it. */
    default Optional<Property> property(String name) {
        return properties().stream().filter(p -> p.key().name().equals(name)).findFirst();
    }
}
