package io.interphase.itests;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemPackage;

import io.interphase.runtime.Features;
import io.interphase.runtime.LaunchOptions;
import io.interphase.runtime.Launcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.ops4j.pax.exam.Option;

/** The assembled workbench as Pax Exam options, configured as the launcher configures it. */
final class Workbench {

    private Workbench() {
    }

    static Path distribution() {
        return Path.of(System.getProperty("interphase.distribution"));
    }

    /** Every bundle of the workbench's features, in order, with the launcher's framework properties. */
    static Option options() {
        try {
            Path home = Files.createDirectories(Path.of(System.getProperty("interphase.scratch")))
                    .resolve("home-" + System.nanoTime());
            LaunchOptions launch = new LaunchOptions(freePort(), home);
            Files.createDirectories(home.resolve("deploy"));
            List<Option> options = new ArrayList<>();
            for (Map.Entry<String, String> p : Launcher.frameworkProperties(launch).entrySet()) {
                if (p.getKey().equals(org.osgi.framework.Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA)) {
                    // Pax Exam keeps its own extra system packages for the probe: add ours to them
                    options.add(systemPackage(p.getValue()));
                } else if (!p.getKey().startsWith("org.osgi.framework.storage")) {
                    options.add(frameworkProperty(p.getKey()).value(p.getValue()));
                }
            }
            // bundles see only what the framework exports (slf4j's API among it, as the launcher does), not
            // the rest of the test class path; Jetty logs to the test class path's slf4j-simple, whose
            // levels the failsafe configuration sets (Pax Exam starts it before any option applies)
            options.add(frameworkProperty("felix.bootdelegation.implicit").value("false"));
            Path dist = distribution();
            Features features = Features.read(dist.resolve("features/workbench.features"));
            for (Path jar : features.jars(dist.resolve("bundle"))) {
                options.add(bundle(jar.toUri().toString()));
            }
            options.add(cleanCaches());
            options.add(junitBundles());
            return composite(options.toArray(new Option[0]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Waits for a condition with a deadline instead of sleeping a fixed time. */
    static boolean await(BooleanSupplier condition, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(25);
        }
        return condition.getAsBoolean();
    }
}
