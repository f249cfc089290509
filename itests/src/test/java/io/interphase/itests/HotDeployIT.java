package io.interphase.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonElement;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Drops a material bundle into the deploy folder of a running workbench, replaces it with a changed
 * version and deletes it, as a researcher does, while the server keeps answering.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotDeployIT extends WorkbenchTest {

    Path deploy;

    @Before
    public void findDeployFolder() {
        deploy = Path.of(context.getProperty("felix.fileinstall.dir"));
    }

    private Optional<String> hotMaterialName() {
        for (JsonElement e : http.get("/api/materials").body().getAsJsonArray()) {
            if (e.getAsJsonObject().get("id").getAsString().equals("itest-hot")) {
                return Optional.of(e.getAsJsonObject().get("name").getAsString());
            }
        }
        return Optional.empty();
    }

    @Test
    public void aDroppedMaterialAppearsChangesWithItsJarAndDisappears() throws Exception {
        Path built = Path.of(System.getProperty("interphase.hotMaterial"));
        Path dropped = deploy.resolve("hot-material.jar");
        assertTrue(hotMaterialName().isEmpty());

        Path staged = Files.createTempFile(deploy.getParent(), "hot", ".jar");
        Files.copy(built, staged, StandardCopyOption.REPLACE_EXISTING);
        Files.move(staged, dropped, StandardCopyOption.ATOMIC_MOVE);
        assertTrue("the dropped material was never listed", Workbench.await(() -> hotMaterialName().isPresent(), 10_000));

        withBundleVersion(built, staged, "2.0.0");
        Files.move(staged, dropped, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        assertTrue("the replaced material never showed its new version: " + hotMaterialName(),
                Workbench.await(() -> hotMaterialName().map(n -> n.endsWith("2.0.0")).orElse(false), 10_000));

        Files.delete(dropped);
        assertTrue("the deleted material is still listed", Workbench.await(() -> hotMaterialName().isEmpty(), 10_000));
        assertEquals(200, http.get("/api/health").status());
        assertTrue(http.get("/api/materials").body().getAsJsonArray().size() >= RestApiIT.STUDY_MATERIALS.size());
    }

    /** A copy of the jar with another Bundle-Version, as a researcher's rebuilt bundle would have. */
    private static void withBundleVersion(Path jar, Path target, String version) throws IOException {
        try (InputStream in = Files.newInputStream(jar); JarInputStream jarIn = new JarInputStream(in)) {
            Manifest manifest = new Manifest(jarIn.getManifest());
            manifest.getMainAttributes().put(new Attributes.Name("Bundle-Version"), version);
            try (OutputStream out = Files.newOutputStream(target); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
                for (JarEntry entry = jarIn.getNextJarEntry(); entry != null; entry = jarIn.getNextJarEntry()) {
                    jarOut.putNextEntry(new JarEntry(entry.getName()));
                    jarIn.transferTo(jarOut);
                    jarOut.closeEntry();
                }
            }
        }
    }
}
