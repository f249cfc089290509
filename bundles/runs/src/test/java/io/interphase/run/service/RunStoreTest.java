package io.interphase.run.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.run.RunStatus;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;

class RunStoreTest {

    private static RunStatus status(String id, RunStatus.State state, String submitted) {
        return new RunStatus(id, "run " + id, state, state.isFinal() ? 1 : 0.5, "note", Double.NaN, null, submitted,
                submitted, state.isFinal() ? submitted : null, state == RunStatus.State.DONE ? Map.of("cycles", 3) : Map.of());
    }

    @Test
    void statusesReadBackNewestFirstAndAHalfWrittenStatusNeverReplacesTheLastWhole(@TempDir Path home) throws Exception {
        RunStore store = new RunStore(home.resolve("runs"));
        store.create("a", Map.of("name", "a"));
        store.status(status("a", RunStatus.State.DONE, "2026-12-04T01:00:00Z"));
        store.create("b", Map.of("name", "b"));
        store.status(status("b", RunStatus.State.RUNNING, "2026-12-04T02:00:00Z"));
        // a crash while writing leaves a .tmp beside the last whole status, which is what is read
        Files.writeString(store.folder("a").resolve("status.json.tmp"), "{\"id\": \"a\", \"sta");
        List<RunStatus> all = store.all();
        assertEquals(List.of("b", "a"), all.stream().map(RunStatus::id).toList());
        assertEquals(RunStatus.State.DONE, all.get(1).state());
        assertEquals(3, ((Number) all.get(1).summary().get("cycles")).intValue());
        assertEquals("a", store.recipe("a").get("name"));
    }

    @Test
    void exportsAppearOnlyWhenComplete(@TempDir Path home) throws Exception {
        RunStore store = new RunStore(home.resolve("runs"));
        store.create("r", Map.of());
        Path partial = store.partial("r");
        Files.writeString(partial.resolve("summary.json"), "{}");
        assertFalse(Files.exists(store.files("r")));
        store.commitFiles("r");
        assertTrue(Files.isRegularFile(store.files("r").resolve("summary.json")));
        assertFalse(Files.exists(store.folder("r").resolve(RunStore.PARTIAL)));
    }

    @Test
    void aRunTheLastServerLeftRunningIsInterruptedOnStartAndTheFinishedOnesAreIntact(@TempDir Path home) throws Exception {
        RunStore store = new RunStore(home.resolve("runs"));
        store.create("done", Map.of("name", "done"));
        store.status(status("done", RunStatus.State.DONE, "2026-12-04T01:00:00Z"));
        store.commitFiles(prepared(store, "done"));
        store.create("cut", Map.of("name", "cut"));
        store.status(status("cut", RunStatus.State.RUNNING, "2026-12-04T02:00:00Z"));
        store.partial("cut");
        RunServiceComponent service = new RunServiceComponent();
        service.activate(context(home));
        try {
            RunStatus cut = service.status("cut").orElseThrow();
            assertEquals(RunStatus.State.INTERRUPTED, cut.state());
            assertTrue(cut.error().contains("/api/runs/cut/again"), cut.error());
            assertFalse(Files.exists(store.folder("cut").resolve(RunStore.PARTIAL)));
            assertEquals(RunStatus.State.INTERRUPTED, store.all().get(0).state(), "written back to its folder");
            assertEquals(RunStatus.State.DONE, service.status("done").orElseThrow().state());
            assertTrue(service.files("done").isPresent());
            assertTrue(service.files("cut").isEmpty());
            assertFalse(service.cancel("done"));
        } finally {
            service.deactivate();
        }
    }

    private static String prepared(RunStore store, String id) throws Exception {
        Files.writeString(store.partial(id).resolve("summary.json"), "{}");
        return id;
    }

    private static BundleContext context(Path home) {
        return (BundleContext) Proxy.newProxyInstance(RunStoreTest.class.getClassLoader(), new Class<?>[] {BundleContext.class},
                (proxy, method, args) -> method.getName().equals("getProperty") && "interphase.home".equals(args[0])
                        ? home.toString() : null);
    }
}
