package io.interphase.api.material;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of the materials available when a run or request starts, by id. A bundle
 * that leaves afterwards does not change the snapshot.
 */
public final class MaterialCatalog {
    private final Map<String, Material> byId;

    private MaterialCatalog(Map<String, Material> byId) {
        this.byId = byId;
    }

    /** A catalog of these materials; when two share an id the first wins. */
    public static MaterialCatalog of(Collection<? extends Material> materials) {
        Map<String, Material> map = new LinkedHashMap<>();
        for (Material m : materials) {
            map.putIfAbsent(m.id(), m);
        }
        return new MaterialCatalog(Map.copyOf(map));
    }

    public Optional<Material> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The ids, sorted. */
    public java.util.List<String> ids() {
        return byId.keySet().stream().sorted().toList();
    }

    public Collection<Material> all() {
        return byId.values();
    }
}
