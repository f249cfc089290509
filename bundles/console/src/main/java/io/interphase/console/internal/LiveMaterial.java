package io.interphase.console.internal;

import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialCatalog;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * A live material and the bundle that provides it. The material is read once, when it is bound, into a copy
 * ({@link MaterialCopy}): requests never call into a researcher's bundle, so one whose methods throw or are slow
 * cannot fail or slow the list, and is kept aside as broken instead.
 */
record LiveMaterial(Material material, String bundleSymbolicName, String bundleVersion) {

    /** A material service whose methods threw when it was read: listed under health's problems, not served. */
    record Broken(String bundleSymbolicName, String bundleVersion, String reason) {
    }

    /**
     * The material of this service, read now, with its bundle's name and version.
     *
     * @throws BrokenMaterial if reading it throws
     */
    static LiveMaterial of(ServiceReference<Material> ref, Material material) {
        Bundle bundle = ref.getBundle();
        String name = bundle == null ? "unknown" : bundle.getSymbolicName();
        String version = bundle == null ? "unknown" : bundle.getVersion().toString();
        try {
            return new LiveMaterial(MaterialCopy.of(material), name, version);
        } catch (RuntimeException | LinkageError e) {
            throw new BrokenMaterial(new Broken(name, version, e.toString()));
        }
    }

    /** Why a material was not bound. */
    static final class BrokenMaterial extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Broken broken;

        BrokenMaterial(Broken broken) {
            super(broken.reason());
            this.broken = broken;
        }
    }

    /** A snapshot as a catalog for the cell model and solvers. */
    static MaterialCatalog catalog(List<LiveMaterial> snapshot) {
        return MaterialCatalog.of(snapshot.stream().map(LiveMaterial::material).toList());
    }

    String id() {
        return material.id();
    }
}
