package io.interphase.run.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Materials that left moments ago, so that a recipe naming one can wait for its return: a jar replaced in
 * {@code deploy/} is stopped, updated and started again, and for those milliseconds its material is gone.
 * A recipe read then waits (at most {@link #GRACE_MS}) instead of being refused for an unknown material.
 */
final class MaterialSwaps {

    /** How long after a material left a recipe naming it waits for it. */
    static final long GRACE_MS = 3_000;

    private final Map<String, Long> departed = new HashMap<>();

    synchronized void left(String id) {
        departed.put(id, System.nanoTime());
        notifyAll();
    }

    synchronized void arrived(String id) {
        departed.remove(id);
        notifyAll();
    }

    /** Waits until none of these ids is away in a swap (gone less than the grace ago); false if one stays away. */
    synchronized boolean awaitReturn(Collection<String> ids) throws InterruptedException {
        while (true) {
            long wait = 0;
            for (String id : ids) {
                Long since = departed.get(id);
                if (since != null) {
                    long left = GRACE_MS - (System.nanoTime() - since) / 1_000_000;
                    if (left <= 0) {
                        return false;
                    }
                    wait = Math.max(wait, left);
                }
            }
            if (wait == 0) {
                return true;
            }
            wait(wait);
        }
    }

    /** Every string of a recipe's JSON tree, keys and values: the material ids it names are among them. */
    static Set<String> strings(Object json) {
        Set<String> out = new java.util.HashSet<>();
        collect(json, out);
        return out;
    }

    private static void collect(Object json, Set<String> out) {
        if (json instanceof String s) {
            out.add(s);
        } else if (json instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                collect(k, out);
                collect(v, out);
            });
        } else if (json instanceof List<?> l) {
            l.forEach(v -> collect(v, out));
        }
    }
}
