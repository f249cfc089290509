package io.interphase.runtime;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.launch.Framework;

/**
 * {@code workbench start}: boots the workbench in the foreground, prints its URL when it answers,
 * and stops the framework cleanly on Ctrl-C. Exit status 2 for bad arguments or a busy port, 1 when a
 * bundle the REST API needs to answer does not start (the reason on stderr); a bundle that fails after the
 * first answer is reported on stderr and the others start.
 * {@code workbench analyze ...} and the other commands run headless through {@link CommandRunner}.
 */
public final class Main {

    /** The last feature group the REST API needs to answer; the groups after it start once it answers. */
    public static final String SERVING_GROUP = "console";

    /** The HTTP server's group: it starts on a thread of its own, beside the other serving groups. */
    public static final String HTTP_GROUP = "http";

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
            QuietLogging.install();
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
        QuietLogging.install();
        if (!ClassPathSharing.sharesServer()) {
            System.err.println("warning: Jetty and the servlet API are not on the launcher's class path (see the "
                    + "workbench script): the bundles load them themselves, and starts are slower");
        }
        Features features = Features.read(distribution.resolve("features/workbench.features"));
        List<Path> jars;
        Framework framework;
        try {
            jars = features.jars(distribution.resolve("bundle")); // the features and the folder checked once
            framework = startServing(options, features, jars);
        } catch (Exception e) {
            System.err.println("the workbench did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        ClassDataArchive.markStarted();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(framework), "workbench-stop"));
        String url = "http://127.0.0.1:" + options.port() + "/";
        if (awaitHealth(options.port(), 30_000)) {
            StartupTimeline.mark("health answered");
            System.out.printf(Locale.ROOT, "Interphase workbench ready at %s in %.2f s (home %s); Ctrl-C stops it%n",
                    url, (System.nanoTime() - launched) / 1e9, options.home());
        } else {
            System.out.println("Interphase workbench started, but " + url + "api/health has not answered yet");
        }
        startTheRest(framework, features, jars);
        framework.waitForStop(0);
    }

    /**
     * Boots a framework with the groups through {@link #SERVING_GROUP} installed and started, the
     * {@link #HTTP_GROUP} beside the others ({@link Launcher#start}), and returns it running.
     *
     * @param jars the distribution's bundles, as {@link Features#jars(Path)} checked them
     */
    public static Framework startServing(LaunchOptions options, Features features, List<Path> jars)
            throws IOException, BundleException, InterruptedException {
        Set<String> inOrder = new LinkedHashSet<>(features.groupsThrough(SERVING_GROUP));
        inOrder.remove(HTTP_GROUP);
        return Launcher.start(options, features.jarsOf(jars, inOrder), features.jarsOf(jars, Set.of(HTTP_GROUP)));
    }

    /**
     * Installs and starts the groups after the serving ones, one group after another, which then join the
     * running API: on a 2-core machine they would otherwise compete with Jetty's start for the CPU. Group by
     * group, DS and the deploy watcher (the first two) run within tens of milliseconds of the first answer,
     * not after the twenty-odd bundles behind them are installed. A bundle that fails is reported on stderr,
     * not fatal: the others still start and the API keeps answering.
     *
     * @param jars the distribution's bundles, as {@link Features#jars(Path)} checked them
     */
    public static void startTheRest(Framework framework, Features features, List<Path> jars) {
        List<String> failures = new ArrayList<>();
        try {
            for (String group : features.groupsAfter(SERVING_GROUP)) {
                failures.addAll(Launcher.installAndStartEach(framework, features.jarsOf(jars, Set.of(group))));
            }
            StartupTimeline.mark("the rest started");
        } catch (RuntimeException e) {
            failures.add(e.getMessage());
        }
        if (framework.getState() == Bundle.ACTIVE) { // else stopped by Ctrl-C meanwhile: nothing to report
            failures.forEach(f -> System.err.println("starting the workbench's other bundles: " + f));
        }
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

    /**
     * Polls GET /api/health on 127.0.0.1 until it answers 200 or the time is up. A plain HTTP/1.1 request
     * on a socket: HttpURLConnection's own set-up (proxies, its logger, some 40 classes) ran on this
     * thread just while the server answered its first request, on a 2-core machine.
     */
    private static boolean awaitHealth(int port, long timeoutMs) throws InterruptedException {
        byte[] request = "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] ok = "HTTP/1.1 200".getBytes(StandardCharsets.US_ASCII);
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                socket.setSoTimeout(1000);
                socket.getOutputStream().write(request);
                if (Arrays.equals(socket.getInputStream().readNBytes(ok.length), ok)) {
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
