package io.interphase.console.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;

/**
 * What health says about the jars of {@code deploy/} that are not running bundles: a file that is not a
 * bundle at all (a corrupt jar, one without a manifest or a symbolic name) and why a dropped bundle does
 * not resolve. Each answer is kept per file and change, so polling health repeats no work.
 */
final class DeployedJars {

    private static final Map<String, String> REASONS = new ConcurrentHashMap<>();

    private DeployedJars() {
    }

    /** One line per jar of the folder that no installed bundle came from, with what is wrong with it. */
    static List<String> notBundles(String deploy, Bundle[] bundles) {
        List<String> lines = new ArrayList<>();
        if (deploy == null || !Files.isDirectory(Path.of(deploy))) {
            return lines;
        }
        Set<Path> installed = new HashSet<>();
        for (Bundle b : bundles) {
            try {
                installed.add(Path.of(java.net.URI.create(b.getLocation())).toAbsolutePath().normalize());
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                // not a file location
            }
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(deploy), "*.jar")) {
            for (Path jar : jars) {
                if (!installed.contains(jar.toAbsolutePath().normalize())) {
                    lines.add(jar.getFileName() + ": not installed: " + cached(jar, () -> notABundle(jar)));
                }
            }
        } catch (IOException e) {
            lines.add(deploy + ": cannot be listed: " + e.getMessage());
        }
        return lines;
    }

    /**
     * Why an installed bundle does not resolve: its mandatory requirements that nothing installed provides, read from
     * the framework's wiring (a health request changes no bundle's state).
     */
    static String unresolvedReason(BundleContext context, Bundle b) {
        return REASONS.computeIfAbsent(b.getBundleId() + "@" + b.getLastModified(), k -> {
            BundleRevision revision = b.adapt(BundleRevision.class);
            FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
            List<String> missing = new ArrayList<>();
            if (revision != null && wiring != null) {
                for (Requirement r : revision.getRequirements(null)) {
                    boolean optional = Namespace.RESOLUTION_OPTIONAL.equals(r.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE));
                    if (!optional && wiring.findProviders(r).isEmpty()) {
                        missing.add(r.getNamespace() + " " + r.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, ""));
                    }
                }
            }
            return missing.isEmpty() ? "its requirements are all provided; it may resolve on the next refresh"
                    : "nothing installed provides " + String.join(", ", missing);
        });
    }

    private static String cached(Path jar, java.util.function.Supplier<String> reason) {
        String key;
        try {
            key = jar + "@" + Files.getLastModifiedTime(jar).toMillis() + "/" + Files.size(jar);
        } catch (IOException e) {
            return "unreadable: " + e.getMessage();
        }
        return REASONS.computeIfAbsent(key, k -> reason.get());
    }

    private static String notABundle(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest m = file.getManifest();
            if (m == null) {
                return "the jar has no META-INF/MANIFEST.MF";
            }
            if (m.getMainAttributes().getValue("Bundle-SymbolicName") == null) {
                return "its manifest has no Bundle-SymbolicName: a plain jar, not an OSGi bundle";
            }
            return "not installed yet, or refused by the framework (one of the same name and version is installed?); "
                    + "the log says which";
        } catch (IOException e) {
            return "not a readable jar (" + e.getMessage() + ")";
        }
    }
}
