package io.interphase.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import io.interphase.runtime.Features;
import io.interphase.runtime.LaunchOptions;
import io.interphase.runtime.Launcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

/**
 * The workbench as {@code workbench start} boots it, outside Pax Exam: every bundle of the features installed,
 * resolved together and started in order, with a jar already waiting in deploy/ that FileInstall takes up
 * meanwhile. Several boots in a row, since a race with FileInstall would show only now and then.
 */
public class ServingStartIT {

    @Test
    public void everyStartEndsReadyWithEveryBundleActive() throws Exception {
        Path dist = Workbench.distribution();
        List<Path> jars = Features.read(dist.resolve("features/workbench.features")).jars(dist.resolve("bundle"));
        for (int boot = 1; boot <= 3; boot++) {
            Path home = Files.createDirectories(Path.of(System.getProperty("interphase.scratch")))
                    .resolve("serving-" + System.nanoTime());
            Files.copy(Path.of(System.getProperty("interphase.hotMaterial")),
                    Files.createDirectories(home.resolve("deploy")).resolve("hot-material.jar"));
            Launcher.Started started = Launcher.start(new LaunchOptions(Workbench.freePort(), home), jars);
            Framework framework = started.framework();
            try {
                assertEquals("boot " + boot, List.of(), started.failures());
                int port = Integer.parseInt(framework.getBundleContext().getProperty("org.osgi.service.http.port"));
                Http http = new Http(String.valueOf(port));
                // FileInstall takes the deployed jar up on its own thread: ready, with it among the materials
                assertTrue("boot " + boot + ": never ready with 9 materials", Workbench.await(() -> {
                    if (!http.answers("/api/health")) {
                        return false;
                    }
                    JsonObject h = http.get("/api/health").body().getAsJsonObject();
                    return h.get("ready").getAsBoolean() && h.get("materials").getAsInt() == 9;
                }, 20_000));
                JsonObject health = http.get("/api/health").body().getAsJsonObject();
                assertTrue(health.toString(), health.get("cellModel").getAsBoolean());
                assertEquals(health.toString(), "[\"eis\",\"tafel\"]", health.get("analyses").toString());
                assertEquals(200, http.get("/api/materials/itest-hot").status());
                for (Bundle b : framework.getBundleContext().getBundles()) {
                    if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                        assertEquals(b.getSymbolicName(), Bundle.ACTIVE, b.getState());
                    }
                }
            } finally {
                framework.stop();
                framework.waitForStop(10_000);
            }
        }
    }
}
