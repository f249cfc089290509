package io.interphase.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HealthProbeTest {

    @Test
    void readyIsReadCompactOrPretty() {
        assertTrue(HealthProbe.isReady("{\"live\":true,\"ready\":true}"));
        assertTrue(HealthProbe.isReady("{\n  \"live\": true,\n  \"ready\": true,\n  \"waitingFor\": []\n}"));
        assertFalse(HealthProbe.isReady("{\n  \"live\": true,\n  \"ready\": false,\n  \"waitingFor\": [\"x\"]\n}"));
        assertFalse(HealthProbe.isReady("{\"live\": true}"));
    }
}
