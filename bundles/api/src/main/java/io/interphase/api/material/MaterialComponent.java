package io.interphase.api.material;

import java.util.List;
import java.util.Optional;

/**
 * Base class for a material bundle's Declarative Services component: pass the definition to the
 * constructor and annotate the subclass with {@code @Component(service = Material.class)}.
 *
 * <pre>{@code
 * @Component(service = Material.class)
 * public final class Ptfe extends MaterialComponent {
 *     public Ptfe() {
 *         super(MaterialSpec.builder("ptfe", "PTFE binder", MaterialRole.BINDER)
 *                 .property(Property.constant(PropertyKey.DENSITY, "2.2 g/cm3", "CRC Handbook"))
 *                 .build());
 *     }
 * }
 * }</pre>
 */
public abstract class MaterialComponent implements Material {
    private final MaterialSpec spec;

    protected MaterialComponent(MaterialSpec spec) {
        this.spec = spec;
    }

    @Override
    public final String id() {
        return spec.id();
    }

    @Override
    public final String name() {
        return spec.name();
    }

    @Override
    public final MaterialRole role() {
        return spec.role();
    }

    @Override
    public final List<Property> properties() {
        return spec.properties();
    }

    @Override
    public final Optional<OcvCurve> ocv() {
        return spec.ocv();
    }

    @Override
    public String toString() {
        return "Material[" + spec.id() + "]";
    }
}
