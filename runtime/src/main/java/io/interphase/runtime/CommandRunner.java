package io.interphase.runtime;

import io.interphase.launch.Command;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

    static final String CACHE_PREFIX = "interphase-command";
    private static final String LOCK = "command.lock";

    static int run(String name, List<String> args, Path distribution, Path home) throws IOException, BundleException {
        CountDownLatch cleaned = new CountDownLatch(1);
        List<Path> jars = new ArrayList<>(Features.read(distribution.resolve("features/workbench.features"))
                .jars(distribution.resolve("bundle"), SERVER_GROUPS));
        removeAbandonedCaches();
        Path cache = Files.createTempDirectory(CACHE_PREFIX);
        // held while the command runs: a cache whose lock is free belongs to a process that is gone (kill -9)
        FileChannel lockFile = FileChannel.open(cache.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lockFile.lock();
        Map<String, String> properties = new HashMap<>();
        properties.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SystemPackages.extra());
        properties.put(Constants.FRAMEWORK_STORAGE, cache.resolve("felix").toString()); // cleaned on init; the lock stays
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
            return runInterruptibly(command, args, cleaned);
        } finally {
            System.out.flush();
            stop(framework);
            lock.release();
            lockFile.close();
            deleteTree(cache);
            cleaned.countDown();
        }
    }

    /** Deletes the framework caches of earlier commands whose process is gone (their lock is free). */
    static void removeAbandonedCaches() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, CACHE_PREFIX + "*")) {
            for (Path dir : dirs) {
                if (abandoned(dir)) {
                    deleteTree(dir);
                }
            }
        } catch (IOException | RuntimeException e) {
            // another user's folder or a race with its owner: leave it
        }
    }

    private static boolean abandoned(Path dir) throws IOException {
        Path lockPath = dir.resolve(LOCK);
        if (!Files.isRegularFile(lockPath)) {
            // a cache from before locks, or one being created this instant: only if it is old
            return Files.getLastModifiedTime(dir).toMillis() < System.currentTimeMillis() - TimeUnit.HOURS.toMillis(1);
        }
        try (FileChannel c = FileChannel.open(lockPath, StandardOpenOption.WRITE); FileLock l = c.tryLock()) {
            return l != null;
        } catch (OverlappingFileLockException e) {
            return false; // held in this very process
        }
    }

    /**
     * Runs the command; Ctrl-C interrupts it instead of killing the JVM at once, and the exit waits
     * (up to a minute) until the command has written what it has.
     */
    private static int runInterruptibly(Command command, List<String> args, CountDownLatch cleaned) {
        Thread main = Thread.currentThread();
        Thread hook = new Thread(() -> {
            main.interrupt();
            try {
                // until the framework is stopped and its cache deleted, not only the command returned
                cleaned.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "interphase-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return command.run(args, System.out, System.err);
        } finally {
            System.err.flush();
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
