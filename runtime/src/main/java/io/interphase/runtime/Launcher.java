package io.interphase.runtime;

import java.io.IOException;
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
        p.putAll(commandContract());
        return p;
    }

    /** The framework exports the launch contract from the class path, so command bundles can implement it. */
    static Map<String, String> commandContract() {
        return Map.of(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "io.interphase.launch;version=\"1.0.0\"");
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
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : bundleJars) {
            installed.add(framework.getBundleContext().installBundle(jar.toUri().toString()));
        }
        for (Bundle bundle : installed) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                bundle.start();
            }
        }
        framework.start();
        return framework;
    }
}
