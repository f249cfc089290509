package io.interphase.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.osgi.framework.Bundle;

/** {@code /api/health} tells live (it answers) from ready (every bundle active, every component satisfied). */
@RunWith(PaxExam.class)
public class HealthIT extends WorkbenchTest {

    @Test
    public void notReadyWhileTheCellModelIsAwayAndReadyAgainOnceItIsBack() throws Exception {
        assertTrue("never ready: " + health(), Workbench.await(() -> health().get("ready").getAsBoolean(), 20_000));
        assertEquals("[]", health().get("waitingFor").toString());
        Bundle cell = bundleNamed("io.interphase.cell");
        cell.stop();
        try {
            JsonObject h = health();
            assertTrue("live", h.get("live").getAsBoolean());
            assertFalse(h.toString(), h.get("ready").getAsBoolean());
            assertFalse(h.toString(), h.get("cellModel").getAsBoolean());
            String waiting = h.get("waitingFor").toString();
            assertTrue(waiting, waiting.contains("bundle io.interphase.cell"));
            assertTrue(waiting, waiting.contains("RecipeReaderComponent of io.interphase.runs: waits for cellModel"));
            assertEquals(503, http.post("/api/cells", RestApiIT.EXAMPLE_CELL).status());
            assertEquals(503, http.post("/api/recipes", RestApiIT.EXAMPLE_CELL).status());
        } finally {
            cell.start();
        }
        assertTrue("not ready again: " + health(), Workbench.await(() -> health().get("ready").getAsBoolean(), 20_000));
        assertEquals(200, http.post("/api/cells", RestApiIT.EXAMPLE_CELL).status());
    }

    private JsonObject health() {
        return http.get("/api/health").body().getAsJsonObject();
    }

    private Bundle bundleNamed(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }
}
