package io.interphase.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

class LauncherTest {

    @TempDir
    Path dir;

    @Test
    void aBundleThatCannotStartIsReportedAndTheOthersStillStart() throws Exception {
        Path first = bundle("test.first", null);
        Path broken = bundle("test.broken", "no.such.pkg");
        Path last = bundle("test.last", null);
        Framework framework = Launcher.boot(Map.of(Constants.FRAMEWORK_STORAGE, dir.resolve("cache").toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT), List.of());
        try {
            Path corrupt = Files.writeString(dir.resolve("corrupt.jar"), "not a zip"); // a half-copied or renamed file
            List<String> failures = Launcher.installAndStartEach(framework,
                    List.of(first, broken, corrupt, last, dir.resolve("gone.jar")));
            assertEquals(3, failures.size(), failures.toString());
            assertTrue(failures.get(0).startsWith("corrupt.jar did not install"), failures.get(0));
            assertTrue(failures.get(1).startsWith("gone.jar did not install"), failures.get(1));
            assertTrue(failures.get(2).startsWith("test.broken did not start") && failures.get(2).contains("no.such.pkg"),
                    failures.get(2));
            assertEquals(Bundle.ACTIVE, state(framework, "test.first"));
            assertEquals(Bundle.INSTALLED, state(framework, "test.broken"));
            assertEquals(Bundle.ACTIVE, state(framework, "test.last"));
            assertEquals(4, framework.getBundleContext().getBundles().length);
        } finally {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    private static int state(Framework framework, String symbolicName) {
        for (Bundle b : framework.getBundleContext().getBundles()) {
            if (b.getSymbolicName().equals(symbolicName)) {
                return b.getState();
            }
        }
        throw new AssertionError(symbolicName + " is not installed");
    }

    /** A bundle jar of a manifest only, importing the package if one is given. */
    private Path bundle(String symbolicName, String importedPackage) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, symbolicName);
        if (importedPackage != null) {
            main.putValue(Constants.IMPORT_PACKAGE, importedPackage);
        }
        Path jar = dir.resolve(symbolicName + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }
}
