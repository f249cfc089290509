package io.interphase.itests;

import static org.junit.Assert.assertTrue;

import io.interphase.runtime.Features;
import io.interphase.runtime.LaunchOptions;
import io.interphase.runtime.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Test;
import org.osgi.framework.launch.Framework;

/**
 * The serving groups as {@code workbench start} boots them, outside Pax Exam: Jetty's group installed,
 * resolved and started on a thread of its own while the other groups start on this one. Several boots
 * in a row, since a race between the two threads would show only now and then.
 */
public class ServingStartIT {

    @Test
    public void theApiAnswersAfterEveryTwoThreadedStart() throws Exception {
        Path dist = Workbench.distribution();
        Features features = Features.read(dist.resolve("features/workbench.features"));
        for (int boot = 1; boot <= 4; boot++) {
            Path home = Files.createDirectories(Path.of(System.getProperty("interphase.scratch")))
                    .resolve("serving-" + System.nanoTime());
            int port = Workbench.freePort();
            Framework framework = Main.startServing(new LaunchOptions(port, home), features, dist.resolve("bundle"));
            try {
                Http http = new Http(String.valueOf(port));
                assertTrue("boot " + boot + ": health never answered", Workbench.await(() -> http.answers("/api/health"), 20_000));
            } finally {
                framework.stop();
                framework.waitForStop(10_000);
            }
        }
    }
}
