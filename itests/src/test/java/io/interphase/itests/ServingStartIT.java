package io.interphase.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import io.interphase.runtime.Features;
import io.interphase.runtime.LaunchOptions;
import io.interphase.runtime.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

/**
 * The serving groups as {@code workbench start} boots them, outside Pax Exam: Jetty's group installed,
 * resolved and started on a thread of its own while the other groups start on this one. Several boots
 * in a row, since a race between the two threads would show only now and then. Then the rest of a
 * start, as it follows the first answer: DS, the cell model, the analyses and the materials join the API.
 */
public class ServingStartIT {

    @Test
    public void theApiAnswersAfterEveryTwoThreadedStart() throws Exception {
        Path dist = Workbench.distribution();
        Features features = Features.read(dist.resolve("features/workbench.features"));
        List<Path> jars = features.jars(dist.resolve("bundle"));
        for (int boot = 1; boot <= 4; boot++) {
            Path home = Files.createDirectories(Path.of(System.getProperty("interphase.scratch")))
                    .resolve("serving-" + System.nanoTime());
            int port = Workbench.freePort();
            if (boot == 1) {
                // a jar left in deploy/ is taken up by FileInstall while the rest of the start goes on
                Files.copy(Path.of(System.getProperty("interphase.hotMaterial")),
                        Files.createDirectories(home.resolve("deploy")).resolve("hot-material.jar"));
            }
            Framework framework = Main.startServing(new LaunchOptions(port, home), features, jars);
            try {
                Http http = new Http(String.valueOf(port));
                assertTrue("boot " + boot + ": health never answered", Workbench.await(() -> http.answers("/api/health"), 20_000));
                // the serving groups alone, every bundle active: the console answers without DS
                List<String> serving = features.jarsOf(jars, features.groupsThrough(Main.SERVING_GROUP))
                        .stream().map(jar -> jar.toUri().toString()).sorted().toList();
                List<String> installed = Arrays.stream(framework.getBundleContext().getBundles())
                        .filter(b -> b.getBundleId() != 0).map(Bundle::getLocation).sorted().toList();
                assertEquals("boot " + boot, serving, installed);
                for (Bundle b : framework.getBundleContext().getBundles()) {
                    assertEquals(b.getSymbolicName(), Bundle.ACTIVE, b.getState());
                }
                if (boot == 1) {
                    // until the rest starts, what needs it answers 503, not 404 or 500
                    assertEquals(503, http.post("/api/cells", "{}").status());
                    assertEquals(503, http.post("/api/analyze/eis", "{}").status());
                    theRestJoinsTheRunningApi(framework, features, jars, http);
                }
            } finally {
                framework.stop();
                framework.waitForStop(10_000);
            }
        }
    }

    private static void theRestJoinsTheRunningApi(Framework framework, Features features, List<Path> jars, Http http)
            throws InterruptedException {
        Main.startTheRest(framework, features, jars);
        // SCR registers the components' services, possibly on its own thread; the console's trackers take them up
        assertTrue("no cell model, eight materials and two analyses in " + http.get("/api/health").body(), Workbench.await(() -> {
            JsonObject health = http.get("/api/health").body().getAsJsonObject();
            return health.get("cellModel").getAsBoolean() && health.get("materials").getAsInt() == 8
                    && health.get("analyses").toString().equals("[\"eis\",\"tafel\"]");
        }, 10_000));
        assertEquals(200, http.get("/api/materials/itest-hot").status());
        for (Bundle b : framework.getBundleContext().getBundles()) { // the deployed one among them
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                assertEquals(b.getSymbolicName(), Bundle.ACTIVE, b.getState());
            }
        }
    }
}
