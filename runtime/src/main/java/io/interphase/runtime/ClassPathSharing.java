package io.interphase.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.util.HashMap;
import java.util.Map;
import org.osgi.framework.Constants;

/**
 * What the framework takes from the launcher's class path instead of from bundles.
 * <ul>
 * <li>It exports the launch contract, so command bundles can implement it, and slf4j's API as the
 * slf4j-api jar itself exports it, for Jetty. slf4j-simple sits beside it, where slf4j's plain
 * ServiceLoader finds it: no bundle needs SPI Fly, whose load-time weaving of every Jetty class cost
 * about 1 s of each start.</li>
 * <li>When the class path also holds Jetty and the Jakarta servlet API (the {@code workbench} script puts
 * the http group's two jars there), every bundle loads those packages from it by boot delegation. The
 * http bundles still install and wire as bundles; class-data sharing then maps Jetty's classes in as the
 * JDK's own, lambdas included, without a bundle class loader reading and checking each one (about 7 % of
 * a start on 2 cores).</li>
 * </ul>
 */
final class ClassPathSharing {

    /**
     * The packages every bundle loads from the class path when it holds them: Jetty's, and the Jakarta
     * servlet API's, which Jetty's classes there and the bundles' servlets must share. Both or neither.
     */
    static final String SERVER_PACKAGES = "org.eclipse.jetty.*,jakarta.servlet,jakarta.servlet.*";
    private static final String JETTY_CLASS = "org/eclipse/jetty/server/Server.class";
    private static final String SERVLET_API_CLASS = "jakarta/servlet/Servlet.class";

    private ClassPathSharing() {
    }

    /** The framework properties that share the class path's packages as described above. */
    static Map<String, String> frameworkProperties() {
        Map<String, String> p = new HashMap<>();
        p.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA,
                "io.interphase.launch;version=\"1.0.0\"," + exportsOf("org/slf4j/LoggerFactory.class"));
        if (sharesServer()) {
            p.put(Constants.FRAMEWORK_BUNDLE_PARENT, Constants.FRAMEWORK_BUNDLE_PARENT_APP);
            p.put(Constants.FRAMEWORK_BOOTDELEGATION, SERVER_PACKAGES);
            // Jetty's classes are then outside every bundle: a class one of its calls asks a bundle for and the
            // bundle cannot see would otherwise be looked up on the whole class path, where the http jars also
            // hold second copies of the whiteboard's classes. The integration tests run the same way.
            p.put("felix.bootdelegation.implicit", "false");
        }
        return p;
    }

    /** True when the class path holds Jetty and the servlet API, which the bundles then load from it. */
    static boolean sharesServer() {
        // the parent of boot delegation with bundle.parent=app
        ClassLoader app = ClassLoader.getSystemClassLoader();
        return app.getResource(JETTY_CLASS) != null && app.getResource(SERVLET_API_CLASS) != null;
    }

    /** The Export-Package header of the class-path jar that holds this class file. */
    private static String exportsOf(String classFile) {
        URL url = ClassPathSharing.class.getClassLoader().getResource(classFile);
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
