package io.interphase.itests.boom;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** The activator of a half-finished bundle: its start throws. Packed into a jar by {@code DeployProblemsIT}. */
public class BoomActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        throw new IllegalStateException("half-finished activator");
    }

    @Override
    public void stop(BundleContext context) {
        // never started
    }
}
