package io.interphase.console.internal;

import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * Tracks the Material services that are live right now and hands out immutable snapshots of them.
 *
 * <p>Lifecycle: made when the console bundle starts ({@link ConsoleActivator}); materials are bound and
 * unbound at any time as bundles come and go, so a request always sees the set of the moment it took
 * its snapshot. When two services share an id, the one with the higher service ranking (then the older
 * registration) wins, as OSGi orders service references.
 */
public final class MaterialRegistry {

    /** A live material and the bundle that provides it. */
    public record Registered(Material material, String bundleSymbolicName, String bundleVersion) {
    }

    private final Map<ServiceReference<Material>, Registered> live = new ConcurrentHashMap<>();

    void bindMaterial(ServiceReference<Material> ref, Material material) {
        Bundle bundle = ref.getBundle();
        String name = bundle == null ? "unknown" : bundle.getSymbolicName();
        String version = bundle == null ? "unknown" : bundle.getVersion().toString();
        live.put(ref, new Registered(material, name, version));
    }

    void unbindMaterial(ServiceReference<Material> ref) {
        live.remove(ref);
    }

    /** The materials live now, one per id, sorted by id. */
    public List<Registered> snapshot() {
        List<Map.Entry<ServiceReference<Material>, Registered>> entries = new ArrayList<>(live.entrySet());
        // ServiceReference.compareTo ranks the preferred service highest
        entries.sort(Map.Entry.<ServiceReference<Material>, Registered>comparingByKey().reversed());
        Map<String, Registered> byId = new java.util.LinkedHashMap<>();
        for (Map.Entry<ServiceReference<Material>, Registered> e : entries) {
            byId.putIfAbsent(e.getValue().material().id(), e.getValue());
        }
        List<Registered> result = new ArrayList<>(byId.values());
        result.sort(Comparator.comparing(r -> r.material().id()));
        return List.copyOf(result);
    }

    /** The same snapshot as a catalog for the cell model and solvers. */
    public static MaterialCatalog catalog(List<Registered> snapshot) {
        return MaterialCatalog.of(snapshot.stream().map(Registered::material).toList());
    }
}
