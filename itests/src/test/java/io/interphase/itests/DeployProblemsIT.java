package io.interphase.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
 * A corrupt jar, a bundle whose import nothing exports and a bundle whose activator throws, dropped into the
 * deploy folder of a running workbench: the materials and runs keep working, health stays ready and names
 * each file with its reason, and deleting them clears the problems.
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
        assertTrue("health never named all three: " + problems(), Workbench.await(() -> {
            String now = String.join("\n", problems());
            return now.contains("corrupt.jar") && now.contains("not resolved") && now.contains("not started");
        }, 15_000));
        String all = String.join("\n", problems());
        assertTrue(all, all.contains("corrupt.jar: not installed: not a readable jar"));
        assertTrue(all, all.contains("imports.jar: bundle itest.imports 1.0.0 is installed, not resolved")
                && all.contains("org.nowhere.missing"));
        assertTrue(all, all.contains("boom.jar: bundle itest.boom 1.0.0 is resolved, not started"));
        JsonObject health = http.get("/api/health").body().getAsJsonObject();
        assertTrue(health.toString(), health.get("ready").getAsBoolean());
        assertEquals(materials, http.get("/api/materials").body().getAsJsonArray().size());
        assertEquals(200, http.post("/api/cells", RestApiIT.EXAMPLE_CELL).status());
        for (Path p : dropped) {
            Files.delete(p);
        }
        assertTrue("problems stayed after the jars were deleted: " + problems(), Workbench.await(() -> problems().isEmpty(), 15_000));
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

    /** A bundle jar with one extra header and, optionally, one class of this test's own. */
    private static byte[] bundle(String name, String header, String value, String classResource) throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", name);
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue(header, value);
        if (classResource != null) {
            a.putValue("Import-Package", "org.osgi.framework");
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = bytes; JarOutputStream jar = new JarOutputStream(out, m)) {
            if (classResource != null) {
                jar.putNextEntry(new JarEntry(classResource));
                try (InputStream in = DeployProblemsIT.class.getClassLoader().getResourceAsStream(classResource)) {
                    in.transferTo(jar);
                }
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
