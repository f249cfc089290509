package io.interphase.console.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.osgi.framework.ServiceReference;

/**
 * The services of one kind that are live right now, each held as the value made of it when it was bound,
 * handed out as immutable snapshots. Services are bound and unbound at any time as bundles come and go,
 * so a request sees the set of the moment it took its snapshot. When two services share a key (a
 * material's id, an analysis's name), the one OSGi ranks higher (the higher service ranking, then the
 * older registration) wins.
 *
 * @param <V> what is held of each service
 */
final class LiveServices<V> {

    private final Map<ServiceReference<?>, V> live = new ConcurrentHashMap<>();
    private final Function<V, String> key;

    /** @param key the key of a value: one value per key is handed out */
    LiveServices(Function<V, String> key) {
        this.key = key;
    }

    void bind(ServiceReference<?> ref, V value) {
        live.put(ref, value);
    }

    void unbind(ServiceReference<?> ref) {
        live.remove(ref);
    }

    /** For each key more than one live service has: the values in preference order, the one handed out first. */
    Map<String, List<V>> shared() {
        List<Map.Entry<ServiceReference<?>, V>> entries = new ArrayList<>(live.entrySet());
        entries.sort((a, b) -> b.getKey().compareTo(a.getKey()));
        Map<String, List<V>> byKey = new TreeMap<>();
        for (Map.Entry<ServiceReference<?>, V> e : entries) {
            byKey.computeIfAbsent(key.apply(e.getValue()), k -> new ArrayList<>()).add(e.getValue());
        }
        byKey.values().removeIf(list -> list.size() < 2);
        return byKey;
    }

    /** The values live now, one per key (the preferred service's), sorted by key. */
    List<V> snapshot() {
        List<Map.Entry<ServiceReference<?>, V>> entries = new ArrayList<>(live.entrySet());
        // ServiceReference.compareTo ranks the preferred service highest
        entries.sort((a, b) -> b.getKey().compareTo(a.getKey()));
        Map<String, V> byKey = new TreeMap<>();
        for (Map.Entry<ServiceReference<?>, V> e : entries) {
            byKey.putIfAbsent(key.apply(e.getValue()), e.getValue());
        }
        return List.copyOf(byKey.values());
    }
}
