package io.interphase.runtime;

import io.interphase.launch.Command;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;

/**
 * {@code workbench analyze|simulate ...}: boots the workbench's bundles headless (no HTTP, console or
 * shell), adds the jars of {@code runtime/deploy/} so dropped materials count, runs the named
 * {@link Command} service once and stops. The framework's cache goes to a temporary folder, so a
 * command runs beside a server on the same home.
 */
final class CommandRunner {

    /** The feature groups a command does not need. */
    static final Set<String> SERVER_GROUPS = Set.of("http", "console", "deploy", "shell");

    private CommandRunner() {
    }

    static int run(String name, List<String> args, Path distribution, Path home) throws IOException, BundleException {
        List<Path> jars = new ArrayList<>(Features.read(distribution.resolve("features/workbench.features"))
                .jars(distribution.resolve("bundle"), SERVER_GROUPS));
        Path cache = Files.createTempDirectory("interphase-command");
        Map<String, String> properties = new HashMap<>();
        properties.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SystemPackages.extra());
        properties.put(Constants.FRAMEWORK_STORAGE, cache.toString());
        properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        properties.put("interphase.commit", Launcher.COMMIT);
        Framework framework = Launcher.boot(properties, jars);
        try {
            // a researcher's jar that does not install or start is skipped with one line, never the command's end
            for (String failure : Launcher.installAndStartEach(framework, deployed(home.resolve("deploy")))) {
                System.err.println("skipped from deploy/: " + failure);
            }
            Command command = find(framework.getBundleContext(), name);
            if (command == null) {
                System.err.println("unknown command '" + name + "'; commands: start, build, "
                        + String.join(", ", names(framework.getBundleContext())));
                return Command.USAGE;
            }
            return runInterruptibly(command, args);
        } finally {
            System.out.flush();
            stop(framework);
            deleteTree(cache);
        }
    }

    /**
     * Runs the command; Ctrl-C interrupts it instead of killing the JVM at once, and the exit waits
     * (up to a minute) until the command has written what it has.
     */
    private static int runInterruptibly(Command command, List<String> args) {
        Thread main = Thread.currentThread();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            main.interrupt();
            try {
                finished.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "interphase-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return command.run(args, System.out, System.err);
        } finally {
            System.err.flush();
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already exiting on Ctrl-C; the hook has been released above
            }
        }
    }

    private static Command find(BundleContext context, String name) {
        try {
            Collection<ServiceReference<Command>> refs = context.getServiceReferences(Command.class,
                    "(" + Command.NAME + "=" + name.replaceAll("[()*\\\\]", "") + ")");
            return refs.isEmpty() ? null : context.getService(refs.iterator().next());
        } catch (InvalidSyntaxException e) {
            return null;
        }
    }

    private static Set<String> names(BundleContext context) {
        Set<String> names = new TreeSet<>();
        try {
            for (ServiceReference<Command> ref : context.getServiceReferences(Command.class, null)) {
                names.add(String.valueOf(ref.getProperty(Command.NAME)));
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    /** The jars of the deploy folder, by name; none if it does not exist. */
    private static List<Path> deployed(Path deploy) throws IOException {
        List<Path> jars = new ArrayList<>();
        if (Files.isDirectory(deploy)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(deploy, "*.jar")) {
                files.forEach(jars::add);
            }
        }
        jars.sort(Comparator.naturalOrder());
        return jars;
    }

    private static void stop(Framework framework) {
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException | InterruptedException e) {
            System.err.println("stopping the framework failed: " + e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
