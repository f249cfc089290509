package io.interphase.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

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
        p.putAll(classPathExports());
        return p;
    }

    /**
     * The packages the framework exports from the class path: the launch contract, so command bundles
     * can implement it, and slf4j's API as the slf4j-api jar itself exports it, for Jetty. slf4j-simple
     * sits beside it on the class path, where slf4j's plain ServiceLoader finds it: no bundle needs SPI
     * Fly, whose load-time weaving of every Jetty class cost about 1 s of each start.
     */
    static Map<String, String> classPathExports() {
        return Map.of(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA,
                "io.interphase.launch;version=\"1.0.0\"," + exportsOf("org/slf4j/LoggerFactory.class"));
    }

    /** The Export-Package header of the class-path jar that holds this class file. */
    static String exportsOf(String classFile) {
        URL url = Launcher.class.getClassLoader().getResource(classFile);
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

    /** Creates the home's folders, installs the bundles, starts them in order, and returns the running framework. */
    public static Framework start(LaunchOptions options, List<Path> bundleJars) throws IOException, BundleException {
        // FileInstall does not create its watch folder
        Files.createDirectories(options.home().resolve("deploy"));
        return boot(frameworkProperties(options), bundleJars);
    }

    /** Creates a framework with these properties, installs the bundles, starts them in order and then the framework. */
    static Framework boot(Map<String, String> properties, List<Path> bundleJars) throws BundleException {
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"));
        Framework framework = factory.newFramework(properties);
        framework.init();
        StartupTimeline.mark("framework initialised");
        StartupTimeline.watch(framework.getBundleContext());
        // before the framework starts, start() only marks a bundle; the framework then starts them in install order
        installAndStart(framework, bundleJars);
        framework.start();
        StartupTimeline.mark("framework started");
        return framework;
    }

    /** Installs the bundles, then starts each (but fragments) in order; on a running framework too. */
    static void installAndStart(Framework framework, List<Path> bundleJars) throws BundleException {
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : bundleJars) {
            installed.add(framework.getBundleContext().installBundle(jar.toUri().toString()));
        }
        StartupTimeline.mark(installed.size() + " bundles installed");
        for (Bundle bundle : installed) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                bundle.start();
            }
        }
    }
}
