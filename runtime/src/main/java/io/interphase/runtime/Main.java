package io.interphase.runtime;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.launch.Framework;

/**
 * {@code workbench start}: boots the workbench in the foreground, prints its URL when it answers,
 * and stops the framework cleanly on Ctrl-C. Exit status 2 for bad arguments or a busy port.
 * {@code workbench analyze ...} and the other commands run headless through {@link CommandRunner}.
 */
public final class Main {

    /** The last feature group the REST API needs to answer; the groups after it start once it answers. */
    static final String SERVING_GROUP = "console";

    /** Held for the life of the process; a collected channel would drop the lock. */
    private static HomeLock homeLock;

    private Main() {
    }

    /**
     * {@code start [--port N] [--home DIR]} runs the server; any other first argument names a
     * command run headless ({@link CommandRunner}).
     */
    public static void main(String[] args) throws Exception {
        Path distribution = distribution();
        Path defaultHome = distribution.getParent().getParent();
        if (args.length > 0 && !args[0].equals("start") && !args[0].startsWith("--")) {
            quietLogging();
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            System.exit(CommandRunner.run(args[0], rest, distribution, defaultHome));
            return;
        }
        List<String> startArgs = Arrays.asList(args);
        if (!startArgs.isEmpty() && startArgs.get(0).equals("start")) {
            startArgs = startArgs.subList(1, startArgs.size());
        }
        start(startArgs, distribution, defaultHome);
    }

    private static void start(List<String> args, Path distribution, Path defaultHome) throws Exception {
        StartupTimeline.mark("main");
        long launched = System.nanoTime();
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args, defaultHome);
            requireFreePort(options.port());
            homeLock = HomeLock.acquire(options.home());
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        quietLogging();
        Features features = Features.read(distribution.resolve("features/workbench.features"));
        Path bundles = distribution.resolve("bundle");
        List<Path> serving = features.jars(bundles, features.groupsAfter(SERVING_GROUP));
        List<Path> rest = features.jars(bundles, features.groupsThrough(SERVING_GROUP));
        Framework framework = Launcher.start(options, serving);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(framework), "workbench-stop"));
        String url = "http://127.0.0.1:" + options.port() + "/";
        if (awaitHealth(url + "api/health", 30_000)) {
            StartupTimeline.mark("health answered");
            System.out.printf(Locale.ROOT, "Interphase workbench ready at %s in %.2f s (home %s); Ctrl-C stops it%n",
                    url, (System.nanoTime() - launched) / 1e9, options.home());
        } else {
            System.out.println("Interphase workbench started, but " + url + "api/health has not answered yet");
        }
        startTheRest(framework, rest);
        framework.waitForStop(0);
    }

    /**
     * Installs and starts the groups after the serving ones, which then join the running API: on a
     * 2-core machine they would otherwise compete with Jetty's start for the CPU. A failure is
     * reported, not fatal: the API keeps answering.
     */
    private static void startTheRest(Framework framework, List<Path> jars) {
        try {
            Launcher.installAndStart(framework, jars);
            StartupTimeline.mark("the rest started");
        } catch (BundleException | IllegalStateException e) {
            if (framework.getState() == Bundle.ACTIVE) {
                System.err.println("starting the workbench's other bundles failed: " + e.getMessage());
            }
            // else stopped by Ctrl-C meanwhile: nothing to report
        }
    }

    /** Warnings and errors only: Jetty logs through slf4j-simple (on the class path), others through java.util.logging. */
    private static void quietLogging() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    }

    /** The folder this launcher was unpacked in: the parent of {@code lib/}. */
    private static Path distribution() throws URISyntaxException {
        return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent().getParent();
    }

    private static void requireFreePort(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalArgumentException("port " + port + " on 127.0.0.1 is in use; choose another with --port N");
        }
    }

    private static boolean awaitHealth(String url, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
                c.setConnectTimeout(200);
                c.setReadTimeout(1000);
                if (c.getResponseCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static void stop(Framework framework) {
        try {
            framework.stop();
            framework.waitForStop(10_000);
            System.out.println("Interphase workbench stopped");
        } catch (Exception e) {
            System.err.println("stopping the workbench failed: " + e);
        }
    }
}
