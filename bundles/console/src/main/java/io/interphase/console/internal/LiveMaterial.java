package io.interphase.console.internal;

import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialCatalog;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/** A live material and the bundle that provides it. */
record LiveMaterial(Material material, String bundleSymbolicName, String bundleVersion) {

    /** The material of this service, with its bundle's name and version. */
    static LiveMaterial of(ServiceReference<Material> ref, Material material) {
        Bundle bundle = ref.getBundle();
        String name = bundle == null ? "unknown" : bundle.getSymbolicName();
        String version = bundle == null ? "unknown" : bundle.getVersion().toString();
        return new LiveMaterial(material, name, version);
    }

    /** A snapshot as a catalog for the cell model and solvers. */
    static MaterialCatalog catalog(List<LiveMaterial> snapshot) {
        return MaterialCatalog.of(snapshot.stream().map(LiveMaterial::material).toList());
    }

    String id() {
        return material.id();
    }
}
