package io.interphase.run.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MaterialSwapsTest {

    @Test
    void aRecipeWaitsForAMaterialBeingSwappedAndNotForOneLongGoneOrNeverAway() throws Exception {
        MaterialSwaps swaps = new MaterialSwaps();
        assertTrue(swaps.awaitReturn(Set.of("pvdf")), "never away: no wait");
        swaps.left("pvdf");
        Thread back = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            swaps.arrived("pvdf");
        });
        back.start();
        assertTrue(swaps.awaitReturn(Set.of("pvdf", "li-metal")), "it came back within the grace");
        back.join();
        swaps.left("gone");
        long t0 = System.nanoTime();
        assertFalse(swaps.awaitReturn(Set.of("gone")), "it never came back");
        assertTrue((System.nanoTime() - t0) / 1e6 >= MaterialSwaps.GRACE_MS - 50);
        assertFalse(swaps.awaitReturn(Set.of("gone")), "past the grace: no second wait");
        assertTrue(swaps.awaitReturn(Set.of("li-metal")), "a recipe that does not name it does not wait");
    }

    @Test
    void everyStringOfARecipeIsCollected() {
        Map<String, Object> recipe = Map.of("layers", List.of(Map.of("material", "li-metal"),
                Map.of("composite", Map.of("soft-carbon", "95 wt%", "pvdf", "5 wt%"))), "area", 1.5);
        assertEquals(Set.of("layers", "material", "li-metal", "composite", "soft-carbon", "95 wt%", "pvdf", "5 wt%", "area"),
                MaterialSwaps.strings(recipe));
    }
}
