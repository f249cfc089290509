package io.interphase.runtime;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.SynchronousBundleListener;

/**
 * With {@code -Dinterphase.timeline=true}, prints to stderr the milliseconds since the JVM started at
 * each step of a start (framework ready, bundles installed, each bundle started, each servlet and the
 * HTTP runtime registered, health answered), to see where start-up time goes. Off, it costs nothing.
 */
final class StartupTimeline {

    static final boolean ENABLED = Boolean.getBoolean("interphase.timeline");

    /** When the JVM started, read once up front so that loading the management classes is not counted in a step. */
    private static final long JVM_START = ENABLED ? ManagementFactory.getRuntimeMXBean().getStartTime() : 0;

    private StartupTimeline() {
    }

    /** Prints one step, when enabled. */
    static void mark(String step) {
        if (ENABLED) {
            long ms = System.currentTimeMillis() - JVM_START;
            System.err.printf(Locale.ROOT, "timeline %5d ms  %s%n", ms, step);
        }
    }

    /** Marks every bundle started and every servlet or HTTP runtime registered in this framework, when enabled. */
    static void watch(BundleContext context) {
        if (!ENABLED) {
            return;
        }
        context.addBundleListener((SynchronousBundleListener) e -> {
            if (e.getType() == BundleEvent.STARTED) {
                mark("started " + e.getBundle().getSymbolicName());
            }
        });
        try {
            context.addServiceListener(e -> {
                if (e.getType() == ServiceEvent.REGISTERED) {
                    mark("registered " + String.join(",", (String[]) e.getServiceReference().getProperty("objectClass")));
                }
            }, "(|(objectClass=jakarta.servlet.Servlet)(objectClass=org.osgi.service.servlet.runtime.HttpServiceRuntime))");
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
