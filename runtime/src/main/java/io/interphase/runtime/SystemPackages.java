package io.interphase.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import org.osgi.framework.Constants;

/**
 * The packages the framework exports from the launcher's class path: the launch contract, which command
 * bundles implement, and slf4j's API as the slf4j-api jar itself exports it, for Jetty. slf4j-simple sits
 * beside it, where slf4j's plain ServiceLoader finds it, so no bundle needs SPI Fly. Everything else,
 * Jetty and the servlet API included, is a bundle and wired as one: a bundle that forgets an import fails
 * to resolve here as in any other framework.
 */
final class SystemPackages {

    private SystemPackages() {
    }

    /** The value of {@link Constants#FRAMEWORK_SYSTEMPACKAGES_EXTRA}. */
    static String extra() {
        return "io.interphase.launch;version=\"1.0.0\"," + exportsOf("org/slf4j/LoggerFactory.class");
    }

    /** The Export-Package header of the class-path jar that holds this class file. */
    private static String exportsOf(String classFile) {
        URL url = SystemPackages.class.getClassLoader().getResource(classFile);
        if (url == null) {
            throw new IllegalStateException(classFile + " is not on the class path");
        }
        try {
            URLConnection connection = url.openConnection();
            if (!(connection instanceof JarURLConnection jar) || jar.getManifest() == null) {
                throw new IllegalStateException(url + " is not in a jar with a manifest");
            }
            String exports = jar.getManifest().getMainAttributes().getValue(Constants.EXPORT_PACKAGE);
            if (exports == null) {
                throw new IllegalStateException(jar.getJarFileURL() + " exports no packages");
            }
            return exports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
