package io.interphase.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** Runs through the REST API end to end: start with the token, follow, read the files, cancel, refuse the rest. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RunsApiIT extends WorkbenchTest {

    static final String PHASE_FIELD = """
            {"name": "phase-field through REST", "area": "0.785 cm2", "temperature": "55 degC",
             "layers": [{"material": "li-metal", "thickness": "20 um"},
                        {"composite": {"soft-carbon": "80 wt%", "llzto-nano": "20 wt%"}, "thickness": "30 um"},
                        {"material": "lpscl", "mass": "80 mg"}],
             "solver": "phase-field", "options": {"width": "2 um", "grid": "0.375 um", "fieldsEvery": "5 s"},
             "protocol": ["Plate at 5 mA/cm2 for 10 s"]}""";
    static final String LONG = """
            {"name": "long cycling", "area": "0.785 cm2", "temperature": "55 degC",
             "layers": [{"material": "li-metal", "thickness": "20 um"}, {"material": "lpscl", "mass": "80 mg"},
                        {"material": "li-metal", "thickness": "20 um"}],
             "protocol": ["Repeat 1000000 times: Plate at 0.1 mA/cm2 for 1 h; Strip at 0.1 mA/cm2 for 1 h"]}""";

    private String token() throws java.io.IOException {
        return Files.readString(Path.of(context.getProperty("interphase.home")).resolve("token")).strip();
    }

    private JsonObject awaitEnd(String id) throws InterruptedException {
        JsonObject[] last = new JsonObject[1];
        assertTrue("run " + id + " never ended", Workbench.await(() -> {
            last[0] = http.get("/api/runs/" + id).body().getAsJsonObject();
            return !java.util.Set.of("queued", "running").contains(last[0].get("state").getAsString());
        }, 60_000));
        return last[0];
    }

    @Test
    public void aRunStartsWithTheTokenEndsDoneAndServesItsFiles() throws Exception {
        Http.Response started = http.postWithToken(token(), "/api/runs", PHASE_FIELD);
        assertEquals(started.body().toString(), 202, started.status());
        String id = started.body().getAsJsonObject().get("id").getAsString();
        JsonObject end = awaitEnd(id);
        assertEquals(end.toString(), "done", end.get("state").getAsString());
        assertTrue(end.getAsJsonObject("summary").has("li_mass_balance_error"));
        // the event stream of an ended run gives its log, then its end, at once
        String events = http.text("/api/runs/" + id + "/events");
        assertTrue(events, events.startsWith("event: log\ndata: ") && events.contains(" queued: 1 steps, solver phase-field")
                && events.contains("with the solver phase-field") && events.contains("event: end\ndata: {"));
        JsonArray files = http.get("/api/runs/" + id + "/files").body().getAsJsonObject().getAsJsonArray("files");
        assertTrue(files.toString(), files.toString().contains("fields/xi.svg") && files.toString().contains("summary.json"));
        assertTrue(http.text("/api/runs/" + id + "/files/fields/fields.pvd").contains("<Collection>"));
        // listed, newest first
        JsonObject list = http.get("/api/runs").body().getAsJsonObject();
        assertEquals(id, list.getAsJsonArray("runs").get(0).getAsJsonObject().get("id").getAsString());
        // the folder holds what the store promises
        Path folder = Path.of(context.getProperty("interphase.home"), "runs", id);
        assertTrue(Files.isRegularFile(folder.resolve("status.json")) && Files.isDirectory(folder.resolve("files")));
    }

    @Test
    public void aLongRunIsCancelledWithTheTokenAndKeepsWhatItWrote() throws Exception {
        Http.Response started = http.postWithToken(token(), "/api/runs", LONG);
        String id = started.body().getAsJsonObject().get("id").getAsString();
        assertEquals(401, http.method("DELETE", "/api/runs/" + id).status());
        assertEquals(202, http.methodWithToken(token(), "DELETE", "/api/runs/" + id).status());
        JsonObject end = awaitEnd(id);
        assertEquals("cancelled", end.get("state").getAsString());
        assertEquals(409, http.methodWithToken(token(), "DELETE", "/api/runs/" + id).status());
    }

    @Test
    public void aRunKeepsItsSolverWhenTheSolversBundleStopsMidRunAndNewRunsSeeItGone() throws Exception {
        org.osgi.framework.Bundle cycling = java.util.Arrays.stream(context.getBundles())
                .filter(b -> "io.interphase.solver.cycling".equals(b.getSymbolicName())).findFirst().orElseThrow();
        String id = http.postWithToken(token(), "/api/runs", LONG).body().getAsJsonObject().get("id").getAsString();
        assertTrue(Workbench.await(() -> http.get("/api/runs/" + id).body().getAsJsonObject().get("progress")
                .getAsDouble() > 0, 20_000));
        cycling.stop();
        try {
            double before = http.get("/api/runs/" + id).body().getAsJsonObject().get("progress").getAsDouble();
            assertTrue("the run goes on with the solver it started with", Workbench.await(() -> {
                JsonObject s = http.get("/api/runs/" + id).body().getAsJsonObject();
                return s.get("state").getAsString().equals("running") && s.get("progress").getAsDouble() > before;
            }, 20_000));
            // a new recipe is read without it: another installed solver, if any, takes the cell
            Http.Response read = http.post("/api/recipes", LONG);
            assertTrue(read.body().toString(), read.status() == 400
                    || !read.body().getAsJsonObject().get("solver").getAsString().equals("cycling"));
            assertEquals(202, http.methodWithToken(token(), "DELETE", "/api/runs/" + id).status());
            assertEquals("cancelled", awaitEnd(id).get("state").getAsString());
        } finally {
            cycling.start();
        }
        // the bundle back, new runs find it again
        String[] again = new String[1];
        String token = token();
        assertTrue(Workbench.await(() -> {
            Http.Response r = http.postWithToken(token, "/api/runs", LONG);
            again[0] = r.status() == 202 ? r.body().getAsJsonObject().get("id").getAsString() : null;
            return again[0] != null;
        }, 20_000));
        http.methodWithToken(token(), "DELETE", "/api/runs/" + again[0]);
        awaitEnd(again[0]);
    }

    @Test
    public void withoutTheTokenBadInputAndForeignPathsAreRefusedAsJson() throws Exception {
        assertEquals(401, http.post("/api/runs", PHASE_FIELD).status());
        assertEquals(401, http.postWithToken("not-the-token", "/api/runs", PHASE_FIELD).status());
        Http.Response bad = http.postWithToken(token(), "/api/runs", PHASE_FIELD.replace("\"0.375 um\"", "\"3 um\""));
        assertEquals(400, bad.status());
        assertTrue(bad.body().toString(), bad.body().toString().contains("options.grid"));
        assertEquals(404, http.get("/api/runs/no-such-run").status());
        // an encoded ../ reaches the API, which answers in JSON and never leaves a run's folder
        for (String sneaky : new String[] {"/api/runs/..%2F..%2Ftoken", "/api/runs/x/files/..%2F..%2Ftoken",
            "/api/materials/%2e%2e%2f%2e%2e%2fetc"}) {
            Http.Response r = http.get(sneaky);
            assertTrue(sneaky + " -> " + r.status(), r.status() == 400 || r.status() == 404);
            assertTrue(sneaky + ": " + r.body(), r.body().isJsonObject() && r.body().getAsJsonObject().has("errors"));
        }
        assertEquals(403, http.postFrom("http://evil.example", "/api/runs", PHASE_FIELD).status());
    }
}
