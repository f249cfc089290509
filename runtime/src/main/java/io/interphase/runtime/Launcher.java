package io.interphase.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Boots Felix with the bundles of the features in order, serving HTTP on 127.0.0.1 and watching
 * {@code home/deploy} for dropped bundles.
 */
public final class Launcher {

    /** How often FileInstall looks at the deploy folder, ms: a dropped jar is live within about this. */
    static final int DEPLOY_POLL_MS = 100;

    private Launcher() {
    }

    /** The commit this launcher was built from, for the runs' provenance: read once, "unknown" outside a checkout. */
    static final String COMMIT = commit();

    private static String commit() {
        try {
            return GitCommit.of(Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI()))
                    .orElse("unknown");
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Milliseconds a connection may stay silent. */
    static final int IDLE_TIMEOUT_MS = 15_000;

    /** The framework properties of a workbench with this home and port. */
    public static Map<String, String> frameworkProperties(LaunchOptions options) {
        Map<String, String> p = new HashMap<>();
        p.put(Constants.FRAMEWORK_STORAGE, options.home().resolve("felix-cache").toString());
        p.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        p.put("org.apache.felix.http.host", "127.0.0.1");
        p.put("org.osgi.service.http.port", String.valueOf(options.port()));
        // a connection silent this long is closed (event streams send a comment every 5 s), so clients that
        // open connections and send nothing cannot hold the threads; bodies must also keep a minimum rate
        p.put("org.apache.felix.http.timeout", String.valueOf(IDLE_TIMEOUT_MS));
        // Jetty's default refuses an ambiguous path (an encoded "../") with its own HTML page before any servlet;
        // the servlets check every path segment themselves (ids by pattern, run files by name, normalised and kept
        // inside the run's folder; the console's files by a fixed list), so such a path reaches them and gets a
        // JSON answer like every other /api/ error
        p.put("org.eclipse.jetty.UriComplianceMode", "LEGACY");
        p.put("interphase.home", options.home().toString());
        p.put("interphase.commit", COMMIT);
        p.put("felix.fileinstall.dir", options.home().resolve("deploy").toString());
        p.put("felix.fileinstall.poll", String.valueOf(DEPLOY_POLL_MS));
        p.put("felix.fileinstall.noInitialDelay", "true");
        p.put("felix.fileinstall.log.level", "2");
        // the Gogo shell reads the terminal only for `workbench shell`; the server alone leaves it alone
        p.put("gosh.args", options.shell() ? "" : "--nointeractive");
        p.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SystemPackages.extra());
        return p;
    }

    /**
     * Creates the home's folders, boots a framework with these bundles installed, resolved together and
     * started in order, and returns it running with one line per bundle that did not install or start
     * ({@link #installAndStartEach}): the others still start, and {@code /api/health} says what the
     * workbench waits for. Jetty's bundle, a third of a second of its own, starts on a thread beside the
     * others: everything is resolved before anything starts, and the servlet whiteboard takes the console's
     * servlet up whenever both are there.
     */
    public static Started start(LaunchOptions options, List<Path> jars) throws IOException, BundleException {
        // FileInstall does not create its watch folder
        Files.createDirectories(options.home().resolve("deploy"));
        Framework framework = initialised(frameworkProperties(options));
        boolean started = false;
        try {
            framework.start();
            List<String> failures = new ArrayList<>();
            List<Bundle> installed = installAndResolve(framework, jars, failures);
            List<Bundle> beside = installed.stream().filter(b -> STARTED_BESIDE.equals(b.getSymbolicName())).toList();
            List<Bundle> inOrder = new ArrayList<>(installed);
            inOrder.removeAll(beside);
            CompletableFuture<List<String>> besideFailures = new CompletableFuture<>();
            Thread thread = new Thread(() -> besideFailures.complete(startEach(beside)), "workbench-start-beside");
            thread.setDaemon(true);
            thread.start();
            failures.addAll(startEach(inOrder));
            failures.addAll(besideFailures.join());
            StartupTimeline.mark("bundles started");
            started = true;
            return new Started(framework, failures);
        } finally {
            if (!started) {
                // a half-started framework's threads (Jetty's are not daemons) would keep the process alive
                stopQuietly(framework);
            }
        }
    }

    /** The bundle a start starts on a thread of its own: the HTTP server. */
    static final String STARTED_BESIDE = "org.apache.felix.http.jetty12";

    /** A running framework and the bundles that did not install or start in it. */
    public record Started(Framework framework, List<String> failures) {
    }

    private static void stopQuietly(Framework framework) {
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException | InterruptedException | RuntimeException e) {
            // the start's own failure is the one to report
        }
    }

    /** Creates a framework with these properties, installs the bundles, starts them in order and then the framework. */
    static Framework boot(Map<String, String> properties, List<Path> bundleJars) throws BundleException {
        Framework framework = initialised(properties);
        // before the framework starts, start() only marks a bundle; the framework then starts them in install order
        installAndStart(framework, bundleJars);
        framework.start();
        StartupTimeline.mark("framework started");
        return framework;
    }

    /** A new framework with these properties, initialised but not started. */
    private static Framework initialised(Map<String, String> properties) throws BundleException {
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"));
        Framework framework = factory.newFramework(properties);
        framework.init();
        StartupTimeline.mark("framework initialised");
        StartupTimeline.watch(framework.getBundleContext());
        return framework;
    }

    /** Installs the bundles, then starts each (but fragments) in order, stopping at the first failure. */
    static void installAndStart(Framework framework, List<Path> bundleJars) throws BundleException {
        List<Bundle> installed = install(framework, bundleJars);
        StartupTimeline.mark(installed.size() + " bundles installed");
        startAll(installed);
    }

    /**
     * Installs the bundles, resolves them together, then starts each (but fragments) in order on a running
     * framework. A bundle that does not install or start is left so, and the others still start: returns one
     * line per failure, naming the jar or bundle and the framework's reason. Resolved before any starts, none
     * needs resolving while this thread holds its lock to start it: FileInstall, started early in a workbench
     * start, may meanwhile resolve a jar already in {@code deploy/} (and what it needs), and Felix would break
     * such a tie by failing one of the two ("Unable to acquire global lock for resolve").
     */
    static List<String> installAndStartEach(Framework framework, List<Path> bundleJars) {
        List<String> failures = new ArrayList<>();
        failures.addAll(startEach(installAndResolve(framework, bundleJars, failures)));
        return failures;
    }

    /** Installs the bundles and resolves them together; a jar that does not install adds a line to the failures. */
    private static List<Bundle> installAndResolve(Framework framework, List<Path> bundleJars, List<String> failures) {
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : bundleJars) {
            try {
                installed.add(install(framework, jar));
            } catch (BundleException | RuntimeException e) {
                failures.add(jar.getFileName() + " did not install: " + e.getMessage());
            }
        }
        StartupTimeline.mark(installed.size() + " bundles installed");
        // those that cannot resolve stay installed: their start names the missing requirement
        framework.adapt(FrameworkWiring.class).resolveBundles(installed);
        return installed;
    }

    /** Starts each bundle but fragments, in order; returns one line per bundle that did not start. */
    private static List<String> startEach(List<Bundle> bundles) {
        List<String> failures = new ArrayList<>();
        for (Bundle bundle : bundles) {
            try {
                start(bundle);
            } catch (BundleException | RuntimeException e) {
                failures.add(bundle.getSymbolicName() + " did not start: " + e.getMessage());
            }
        }
        return failures;
    }

    private static List<Bundle> install(Framework framework, List<Path> bundleJars) throws BundleException {
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : bundleJars) {
            installed.add(install(framework, jar));
        }
        return installed;
    }

    /** Installs a bundle. */
    private static Bundle install(Framework framework, Path jar) throws BundleException {
        return framework.getBundleContext().installBundle(jar.toUri().toString());
    }

    /** Starts each bundle but fragments, in order. */
    private static void startAll(List<Bundle> bundles) throws BundleException {
        for (Bundle bundle : bundles) {
            start(bundle);
        }
    }

    /** Starts the bundle unless it is a fragment, which cannot be started. */
    private static void start(Bundle bundle) throws BundleException {
        if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
            bundle.start();
        }
    }
}
