package io.interphase.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * A corrupt jar, a bundle whose import nothing exports, a bundle whose activator throws and a DS component whose
 * activate throws, dropped into the deploy folder of a running workbench: the materials and runs keep working,
 * health stays ready and names each file with its reason, and deleting them clears the problems.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DeployProblemsIT extends WorkbenchTest {

    @Test
    public void badJarsAreNamedInHealthWithTheirReasonAndTheRestKeepsWorking() throws Exception {
        Path deploy = Path.of(context.getProperty("felix.fileinstall.dir"));
        int materials = http.get("/api/materials").body().getAsJsonArray().size();
        List<Path> dropped = new ArrayList<>();
        dropped.add(drop(deploy, "corrupt.jar", "not a zip".getBytes(StandardCharsets.US_ASCII)));
        dropped.add(drop(deploy, "imports.jar", bundle("itest.imports", "Import-Package", "org.nowhere.missing", null)));
        dropped.add(drop(deploy, "boom.jar", bundle("itest.boom", "Bundle-Activator", "io.interphase.itests.boom.BoomActivator",
                "io/interphase/itests/boom/BoomActivator.class")));
        dropped.add(drop(deploy, "component.jar", component()));
        assertTrue("health never named all three: " + problems(), Workbench.await(() -> {
            String now = String.join("\n", problems());
            return now.contains("corrupt.jar") && now.contains("not resolved") && now.contains("not started")
                    && now.contains("itest.boom.component");
        }, 15_000));
        String all = String.join("\n", problems());
        assertTrue(all, all.contains("corrupt.jar: not installed: not a readable jar"));
        assertTrue(all, all.contains("imports.jar: bundle itest.imports 1.0.0 is installed, not resolved")
                && all.contains("org.nowhere.missing"));
        assertTrue(all, all.contains("boom.jar: bundle itest.boom 1.0.0 is resolved, not started"));
        assertTrue(all, all.contains("component itest.boom.component of itest.component: failed to activate")
                && all.contains("half-finished component"));
        JsonObject health = http.get("/api/health").body().getAsJsonObject();
        assertTrue(health.toString(), health.get("ready").getAsBoolean());
        assertEquals(materials, http.get("/api/materials").body().getAsJsonArray().size());
        assertEquals(200, http.post("/api/cells", RestApiIT.EXAMPLE_CELL).status());
        for (Path p : dropped) {
            Files.delete(p);
        }
        assertTrue("problems stayed after the jars were deleted: " + problems(), Workbench.await(() -> problems().isEmpty(), 15_000));
    }

    @Test
    public void aSolverWhoseIdThrowsIsNamedInHealthAndRecipesStillRead() throws Exception {
        io.interphase.api.run.Solver broken = new io.interphase.api.run.Solver() {
            @Override
            public String id() {
                throw new IllegalStateException("half-finished solver");
            }

            @Override
            public java.util.Set<io.interphase.api.run.Solver.Capability> capabilities() {
                throw new IllegalStateException("half-finished solver");
            }

            @Override
            public int suitability(io.interphase.api.cell.CellProperties cell) {
                throw new IllegalStateException("half-finished solver");
            }

            @Override
            public io.interphase.api.run.Simulation start(io.interphase.api.cell.CellProperties cell,
                    io.interphase.api.material.MaterialCatalog materials) {
                throw new IllegalStateException("half-finished solver");
            }
        };
        org.osgi.framework.ServiceRegistration<io.interphase.api.run.Solver> reg =
                context.registerService(io.interphase.api.run.Solver.class, broken, null);
        try {
            assertTrue(Workbench.await(() -> http.get("/api/health").body().toString().contains("half-finished solver"), 5_000));
            assertTrue(http.get("/api/health").body().toString().contains("solver of "));
            Http.Response recipe = http.post("/api/recipes", new String(java.nio.file.Files.readAllBytes(
                    Commands.sample("runs", "e3-ccd-bare-li.json")), java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(recipe.body().toString(), 200, recipe.status());
        } finally {
            reg.unregister();
        }
        assertFalse(http.get("/api/health").body().toString().contains("half-finished solver"));
    }

    private List<String> problems() {
        List<String> out = new ArrayList<>();
        for (JsonElement e : http.get("/api/health").body().getAsJsonObject().getAsJsonArray("problems")) {
            out.add(e.getAsString());
        }
        return out;
    }

    /** Moves the bytes into deploy/ at once, as a finished copy would arrive. */
    private static Path drop(Path deploy, String name, byte[] bytes) throws IOException {
        Path staged = Files.createTempFile(deploy.getParent(), "staged", ".jar");
        Files.write(staged, bytes);
        return Files.move(staged, deploy.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** A bundle with one immediate DS component whose activate method throws. */
    private static byte[] component() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" "
                + "name=\"itest.boom.component\" immediate=\"true\" activate=\"activate\">"
                + "<implementation class=\"io.interphase.itests.boom.BoomComponent\"/>"
                + "<service><provide interface=\"java.lang.Runnable\"/></service></scr:component>\n";
        Manifest m = manifest("itest.component");
        m.getMainAttributes().putValue("Service-Component", "OSGI-INF/boom.xml");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, m)) {
            add(jar, "io/interphase/itests/boom/BoomComponent.class");
            jar.putNextEntry(new JarEntry("OSGI-INF/boom.xml"));
            jar.write(xml.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static Manifest manifest(String name) {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", name);
        a.putValue("Bundle-Version", "1.0.0");
        return m;
    }

    private static void add(JarOutputStream jar, String classResource) throws IOException {
        jar.putNextEntry(new JarEntry(classResource));
        try (InputStream in = DeployProblemsIT.class.getClassLoader().getResourceAsStream(classResource)) {
            in.transferTo(jar);
        }
        jar.closeEntry();
    }

    /** A bundle jar with one extra header and, optionally, one class of this test's own. */
    private static byte[] bundle(String name, String header, String value, String classResource) throws IOException {
        Manifest m = manifest(name);
        m.getMainAttributes().putValue(header, value);
        if (classResource != null) {
            m.getMainAttributes().putValue("Import-Package", "org.osgi.framework");
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, m)) {
            if (classResource != null) {
                add(jar, classResource);
            }
        }
        return bytes.toByteArray();
    }
}
