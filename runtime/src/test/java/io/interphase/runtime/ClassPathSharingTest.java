package io.interphase.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;

/** This module's test class path holds Jetty and the servlet API, as the workbench script's does. */
class ClassPathSharingTest {

    @Test
    void theLaunchContractAndSlf4jAreExportedAsTheirJarsSay() {
        String extra = ClassPathSharing.frameworkProperties().get(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA);
        assertTrue(extra.startsWith("io.interphase.launch;version=\"1.0.0\","), extra);
        assertTrue(extra.contains(",org.slf4j;") && extra.contains(",org.slf4j.spi;"), extra);
    }

    @Test
    void jettyAndTheServletApiOnTheClassPathAreDelegatedToIt() {
        assertTrue(ClassPathSharing.sharesServer());
        Map<String, String> p = ClassPathSharing.frameworkProperties();
        assertEquals("app", p.get(Constants.FRAMEWORK_BUNDLE_PARENT));
        assertEquals("org.eclipse.jetty.*,jakarta.servlet,jakarta.servlet.*", p.get(Constants.FRAMEWORK_BOOTDELEGATION));
        assertEquals("false", p.get("felix.bootdelegation.implicit"));
    }
}
