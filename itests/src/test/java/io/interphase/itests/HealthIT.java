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

    @Test
    public void aDroppedBundleThatCannotStartIsAProblemNotAWait() throws Exception {
        java.nio.file.Path deploy = java.nio.file.Path.of(context.getProperty("felix.fileinstall.dir"));
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "itest.half.finished");
        manifest.getMainAttributes().putValue("Import-Package", "no.such.pkg");
        java.nio.file.Path staged = java.nio.file.Files.createTempFile("half-finished", ".jar");
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(staged);
                java.util.jar.JarOutputStream ignored = new java.util.jar.JarOutputStream(out, manifest)) {
            // a manifest only
        }
        java.nio.file.Path jar = deploy.resolve("half-finished.jar");
        java.nio.file.Files.move(staged, jar);
        try {
            assertTrue("the dropped jar never showed as a problem: " + health(), Workbench.await(
                    () -> health().getAsJsonArray("problems").toString().contains("half-finished.jar"), 10_000));
            JsonObject h = health();
            assertTrue(h.toString(), h.get("ready").getAsBoolean());
            assertFalse(h.toString(), h.getAsJsonArray("waitingFor").toString().contains("itest.half.finished"));
        } finally {
            java.nio.file.Files.delete(jar);
        }
        assertTrue("the problem stayed after the jar went", Workbench.await(
                () -> !health().getAsJsonArray("problems").toString().contains("half-finished.jar"), 10_000));
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
