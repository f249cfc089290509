package io.interphase.itests;

import static org.junit.Assert.assertTrue;

import javax.inject.Inject;
import org.junit.Before;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.BundleContext;

/** A test class that boots the assembled workbench and waits for its REST API to answer. */
public abstract class WorkbenchTest {

    @Inject
    protected BundleContext context;

    protected Http http;

    @Configuration
    public Option[] config() {
        return new Option[] {Workbench.options()};
    }

    @Before
    public void awaitServer() throws InterruptedException {
        http = new Http(context.getProperty("org.osgi.service.http.port"));
        assertTrue("health never answered", Workbench.await(() -> http.answers("/api/health"), 20_000));
    }
}
