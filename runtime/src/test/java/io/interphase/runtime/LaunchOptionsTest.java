package io.interphase.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {
    private static final Path HOME = Path.of("/tmp/wb-home");

    @Test
    void defaults() {
        LaunchOptions o = LaunchOptions.parse(List.of(), HOME);
        assertEquals(8642, o.port());
        assertEquals(HOME, o.home());
    }

    @Test
    void portAndHome() {
        LaunchOptions o = LaunchOptions.parse(List.of("--port", "9000", "--home", "/tmp/x/../y"), HOME);
        assertEquals(9000, o.port());
        assertEquals(Path.of("/tmp/y"), o.home());
        assertEquals("/tmp/y/deploy", Launcher.frameworkProperties(o).get("felix.fileinstall.dir"));
        assertEquals("9000", Launcher.frameworkProperties(o).get("org.osgi.service.http.port"));
        assertEquals("127.0.0.1", Launcher.frameworkProperties(o).get("org.apache.felix.http.host"));
    }

    @Test
    void badPortsAreNamed() {
        for (String bad : List.of("0", "65536", "abc", "-1")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> LaunchOptions.parse(List.of("--port", bad), HOME));
            assertTrue(e.getMessage().contains("--port must be a whole number from 1 to 65535"), e.getMessage());
        }
    }

    @Test
    void unknownOptionsAndMissingValuesShowUsage() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--prot", "1"), HOME))
                .getMessage().contains("usage"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--home"), HOME))
                .getMessage().contains("--home needs a value"));
    }
}
