package io.interphase.runtime;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.osgi.framework.launch.Framework;

/**
 * {@code workbench start}: boots the workbench in the foreground, prints its URL once {@code /api/health}
 * says it is ready (every bundle active, every DS component satisfied), and stops the framework cleanly on
 * Ctrl-C. Exit status 2 for bad arguments or a busy port, 1 when the server does not answer at all; a
 * bundle that fails is reported on stderr, the others start, and health names what the workbench waits for.
 * {@code workbench analyze ...} and the other commands run headless through {@link CommandRunner}.
 */
public final class Main {

    /** How long a start waits for every bundle to be active and every component satisfied. */
    private static final long READY_TIMEOUT_MS = 30_000;

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
        if (args.length > 0 && !args[0].equals("start") && !args[0].equals("shell") && !args[0].startsWith("--")) {
            QuietLogging.install();
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            System.exit(CommandRunner.run(args[0], rest, distribution, defaultHome));
            return;
        }
        List<String> startArgs = Arrays.asList(args);
        boolean shell = !startArgs.isEmpty() && startArgs.get(0).equals("shell");
        if (!startArgs.isEmpty() && (startArgs.get(0).equals("start") || shell)) {
            startArgs = startArgs.subList(1, startArgs.size());
        }
        start(startArgs, distribution, defaultHome, shell);
    }

    private static void start(List<String> args, Path distribution, Path defaultHome, boolean shell) throws Exception {
        StartupTimeline.mark("main");
        long launched = System.nanoTime();
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args, defaultHome, shell);
            requireFreePort(options.port());
            homeLock = HomeLock.acquire(options.home());
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        QuietLogging.install();
        Launcher.Started started;
        try {
            Features features = Features.read(distribution.resolve("features/workbench.features"));
            started = Launcher.start(options, features.jars(distribution.resolve("bundle")));
        } catch (Exception e) {
            System.err.println("the workbench did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Framework framework = started.framework();
        started.failures().forEach(f -> System.err.println("starting the workbench: " + f));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(framework), "workbench-stop"));
        String url = "http://127.0.0.1:" + options.port() + "/";
        HealthProbe.Answer answer = HealthProbe.awaitReady(options.port(), READY_TIMEOUT_MS);
        if (answer.ready()) {
            StartupTimeline.mark("ready");
            System.out.printf(Locale.ROOT, "Interphase workbench ready at %s in %.2f s (home %s); Ctrl-C stops it%n",
                    url, (System.nanoTime() - launched) / 1e9, options.home());
            printConsoleUrl(url, options.home());
        } else if (answer.body() != null) {
            System.out.println("Interphase workbench answers at " + url + " but is not ready: " + answer.body());
        } else {
            System.err.println("the workbench did not start: " + url + "api/health did not answer in "
                    + READY_TIMEOUT_MS / 1000 + " s");
            System.exit(1);
            return;
        }
        framework.waitForStop(0);
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

    private static void stop(Framework framework) {
        try {
            framework.stop();
            framework.waitForStop(10_000);
            System.out.println("Interphase workbench stopped");
        } catch (Exception e) {
            System.err.println("stopping the workbench failed: " + e);
        }
    }

    /** The console's address with the access token the console bundle keeps in the home (mode 600). */
    private static void printConsoleUrl(String url, java.nio.file.Path home) {
        java.nio.file.Path token = home.resolve("token");
        try {
            if (java.nio.file.Files.isRegularFile(token)) {
                System.out.println("console: " + url + "?token=" + java.nio.file.Files.readString(token).strip());
            }
        } catch (java.io.IOException e) {
            System.err.println("cannot read the console's token " + token + ": " + e.getMessage());
        }
    }
}
