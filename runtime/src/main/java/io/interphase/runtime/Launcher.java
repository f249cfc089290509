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
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
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

    /** The framework properties of a workbench with this home and port. */
    public static Map<String, String> frameworkProperties(LaunchOptions options) {
        Map<String, String> p = new HashMap<>();
        p.put(Constants.FRAMEWORK_STORAGE, options.home().resolve("felix-cache").toString());
        p.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        p.put("org.apache.felix.http.host", "127.0.0.1");
        p.put("org.osgi.service.http.port", String.valueOf(options.port()));
        p.put("felix.fileinstall.dir", options.home().resolve("deploy").toString());
        p.put("felix.fileinstall.poll", String.valueOf(DEPLOY_POLL_MS));
        p.put("felix.fileinstall.noInitialDelay", "true");
        p.put("felix.fileinstall.log.level", "2");
        p.put("gosh.args", "--nointeractive");
        p.putAll(ClassPathSharing.frameworkProperties());
        return p;
    }

    /**
     * Creates the home's folders and boots a framework in which the bundles {@code beside} are installed,
     * resolved and started on a thread of their own while those {@code inOrder} are installed and started one
     * after another on this one; returns it running once both are done. On two cores Jetty's start, a third
     * of a second, then overlaps the start of the bundles that serve the API: those need Jetty's packages and
     * its resolved bundle (the console requires its {@code osgi.implementation=osgi.http}), not its running
     * server, and the servlet whiteboard takes their servlets up once it runs. The bundles beside resolve
     * against the framework and each other only: none of them may import, even optionally, a package of the
     * bundles in order, which might not be installed yet.
     */
    public static Framework start(LaunchOptions options, List<Path> inOrder, List<Path> beside)
            throws IOException, BundleException, InterruptedException {
        // FileInstall does not create its watch folder
        Files.createDirectories(options.home().resolve("deploy"));
        Framework framework = initialised(frameworkProperties(options));
        boolean started = false;
        try {
            framework.start();
            startServing(framework, inOrder, beside);
            started = true;
            return framework;
        } finally {
            if (!started) {
                // a half-started framework's threads (Jetty's are not daemons) would keep the process alive
                stopQuietly(framework);
            }
        }
    }

    private static void startServing(Framework framework, List<Path> inOrder, List<Path> beside)
            throws BundleException, InterruptedException {
        CountDownLatch besideResolved = new CountDownLatch(1);
        CompletableFuture<Void> besideStarted = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                List<Bundle> bundles = install(framework, beside);
                // resolved before this thread starts one: were the console's resolve on the other thread to
                // take them up while this one held a bundle's lock to start it, Felix would break the tie by
                // failing this start ("Unable to acquire global lock for resolve")
                if (!framework.adapt(FrameworkWiring.class).resolveBundles(bundles)) {
                    startAll(bundles); // throws Felix's resolve error, which names the missing requirement
                }
                besideResolved.countDown();
                startAll(bundles);
                besideStarted.complete(null);
            } catch (Throwable e) {
                besideStarted.completeExceptionally(e);
                besideResolved.countDown();
            }
        }, "workbench-start-beside");
        thread.setDaemon(true);
        thread.start();
        List<Bundle> bundles = install(framework, inOrder);
        // those in order import the packages of those beside (the console needs the servlet API's)
        besideResolved.await();
        if (besideStarted.isCompletedExceptionally()) {
            join(besideStarted);
        }
        StartupTimeline.mark("bundles installed");
        startAll(bundles);
        join(besideStarted);
        StartupTimeline.mark("serving bundles started");
    }

    private static void stopQuietly(Framework framework) {
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException | InterruptedException | RuntimeException e) {
            // the start's own failure is the one to report
        }
    }

    /** Waits for the other thread's part; its failure is thrown as it was thrown there. */
    private static void join(CompletableFuture<Void> part) throws BundleException {
        try {
            part.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof BundleException b) {
                throw b;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
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
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : bundleJars) {
            try {
                installed.add(install(framework, jar));
            } catch (BundleException | RuntimeException e) {
                failures.add(jar.getFileName() + " did not install: " + e.getMessage());
            }
        }
        StartupTimeline.mark(installed.size() + " bundles installed");
        // those that cannot resolve stay installed: their start below names the missing requirement
        framework.adapt(FrameworkWiring.class).resolveBundles(installed);
        for (Bundle bundle : installed) {
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
