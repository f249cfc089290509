package io.interphase.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import io.interphase.api.InvalidInputException;
import io.interphase.api.material.MaterialCatalog;
import io.interphase.api.run.Progress;
import io.interphase.api.run.Result;
import io.interphase.api.run.Table;
import io.interphase.cell.internal.CellModelComponent;
import io.interphase.exporter.internal.CsvExporter;
import io.interphase.exporter.internal.JsonExporter;
import io.interphase.exporter.internal.SvgExporter;
import io.interphase.material.lcolzo.internal.LzoCoatedLco;
import io.interphase.material.limetal.internal.LiMetal;
import io.interphase.material.llzto.internal.LlztoMicro;
import io.interphase.material.llzto.internal.LlztoNano;
import io.interphase.material.lpscl.internal.Lpscl;
import io.interphase.material.softcarbon.internal.SoftCarbon;
import io.interphase.material.vgcf.internal.Vgcf;
import io.interphase.protocol.internal.CurrentStepProtocol;
import io.interphase.protocol.internal.GittProtocol;
import io.interphase.protocol.internal.HoldProtocol;
import io.interphase.protocol.internal.RampProtocol;
import io.interphase.protocol.internal.RepeatProtocol;
import io.interphase.protocol.internal.RestProtocol;
import io.interphase.solver.cycling.internal.CyclingSolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline with the real bundles' classes, on the study's sample recipes. */
class RunPipelineTest {

    static final RunPipeline.Services SERVICES = new RunPipeline.Services(new CellModelComponent(),
            MaterialCatalog.of(List.of(new LiMetal(), new Lpscl(), new SoftCarbon(), new LlztoNano(), new LlztoMicro(),
                    new LzoCoatedLco(), new Vgcf())),
            List.of(new CyclingSolver()),
            List.of(new RestProtocol(), new CurrentStepProtocol(), new HoldProtocol(), new RampProtocol(),
                    new RepeatProtocol(), new GittProtocol()),
            List.of(new CsvExporter(), new JsonExporter(), new SvgExporter()), Map.of("io.interphase.api", "0.1.0"));

    static final Progress QUIET = new Progress() {
        @Override
        public void report(double fraction, String note) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    @SuppressWarnings("unchecked")
    static Map<String, Object> sample(String name) throws IOException {
        return new Gson().fromJson(Files.readString(Path.of("../../sample-models/runs", name)), Map.class);
    }

    static Result run(Map<String, Object> recipe) {
        return RunPipeline.run(RunPipeline.prepare(recipe, SERVICES), SERVICES, QUIET);
    }

    @Test
    void theCriticalCurrentRampEndsInAShortAtTheReportedCurrent() throws IOException {
        Result r = run(sample("e3-ccd-bare-li.json"));
        assertEquals("short", r.summary().get("end"));
        assertEquals(3.25, (double) r.summary().get("ccd_mA_cm2"), 1e-9);
        Table cycles = r.table("cycles");
        // 0.25 … 3.25 mA/cm2: the 13th plate/strip pair is the one that shorts
        assertEquals(13, cycles.rows());
        assertEquals(3.0, cycles.column("Current Density").values()[11], 1e-9);
        assertTrue(((String) r.summary().get("failure")).startsWith("short: a void"));
    }

    @Test
    void symmetricCyclingReportsPolarizationAndTheHoursToShort() throws IOException {
        Map<String, Object> recipe = sample("e4-cycling-sc-30-nano.json");
        recipe.put("protocol", List.of("Repeat 20 times: Plate at 2 mA/cm2 for 1 h; Strip at 2 mA/cm2 for 1 h"));
        Result r = run(recipe);
        assertEquals("completed", r.summary().get("end"));
        assertNull(r.summary().get("hours_to_short"));
        assertEquals(20, r.table("cycles").rows());
        Map<String, Object> pol = (Map<String, Object>) r.summary().get("polarization_mV");
        // the interphases grow as √t, so the polarization rises
        assertTrue((double) pol.get("last") > (double) pol.get("first"));
        Map<String, Object> bare = sample("e4-cycling-bare-li.json");
        Result shorted = run(bare);
        assertEquals("short", shorted.summary().get("end"));
        assertTrue((double) shorted.summary().get("hours_to_short") < 10);
    }

    @Test
    void theRateTestMapsEachRateToItsCapacity() throws IOException {
        Result r = run(sample("e5-rate-sc-20-nano.json"));
        Map<String, Object> capacity = (Map<String, Object>) r.summary().get("capacity_mAh_g");
        assertEquals(Set.of("0.1C", "0.2C", "0.5C", "1C", "2C", "5C", "10C", "20C", "30C", "50C"), capacity.keySet());
        double[] values = capacity.values().stream().mapToDouble(v -> (double) v).toArray();
        for (int i = 1; i < values.length; i++) {
            assertTrue(values[i] <= values[i - 1] * (1 + 1e-9), Arrays.toString(values));
        }
        assertTrue(values[0] > 100 && values[0] < 140, Arrays.toString(values));
    }

    @Test
    void cyclesCountChargeDischargePairsAndTheSeriesKeepsOnlySomeCyclesInFull() {
        assertTrue(Recording.keepsAll(7) && Recording.keepsAll(20) && Recording.keepsAll(500) && Recording.keepsAll(10000));
        assertFalse(Recording.keepsAll(11) || Recording.keepsAll(30) || Recording.keepsAll(999));
        assertEquals("0.1C", Summary.rateLabel(0.1));
        assertEquals("30C", Summary.rateLabel(30));
    }

    @Test
    void badRecipesNameTheirField() throws IOException {
        Map<String, Object> recipe = sample("e4-cycling-sc.json");
        recipe.put("protocol", List.of("Charge at 1C until 4.2 V"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RunPipeline.prepare(recipe, SERVICES));
        assertEquals("protocol line 1, column 11", e.errors().get(0).field());
        recipe.put("solver", "phase-field");
        e = assertThrows(InvalidInputException.class, () -> RunPipeline.prepare(recipe, SERVICES));
        assertEquals("solver", e.errors().get(0).field());
        recipe.remove("solver");
        recipe.put("outputs", List.of("vtk"));
        e = assertThrows(InvalidInputException.class, () -> RunPipeline.prepare(recipe, SERVICES));
        assertEquals("outputs", e.errors().get(0).field());
        recipe.remove("outputs");
        recipe.remove("protocol");
        e = assertThrows(InvalidInputException.class, () -> RunPipeline.prepare(recipe, SERVICES));
        assertEquals("protocol", e.errors().get(0).field());
    }

    @Test
    void theRunFolderHoldsEveryExportersFiles(@TempDir Path dir) throws IOException {
        Map<String, Object> recipe = sample("e6-long-30C-sc-20-nano.json");
        recipe.put("protocol", List.of("Charge at 0.1C until 4.2 V", "Discharge at 0.1C until 3.0 V",
                "Repeat 30 times: Charge at 1C until 4.2 V; Discharge at 1C until 3.0 V"));
        RunPipeline.Prepared p = RunPipeline.prepare(recipe, SERVICES);
        Result r = RunPipeline.run(p, SERVICES, QUIET);
        assertEquals(List.of(), RunFolder.write(r, p.exporters(), dir));
        Set<String> files = Files.list(dir).map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        assertEquals(Set.of("timeseries.csv", "cycles.csv", "summary.json", "recipe.json", "provenance.json",
                "voltage.svg", "capacity.svg", "retention.svg"), files);
        assertTrue(Files.readString(dir.resolve("timeseries.csv")).startsWith(
                "Test Time / s,Voltage / V,Current / A,Cycle Count,Step Count,Net Capacity / Ah\n"));
        assertEquals(31, r.table("cycles").rows());
        Map<String, Object> retention = (Map<String, Object>) r.summary().get("retention");
        assertTrue(retention.containsKey("31"));
        assertTrue(Files.readString(dir.resolve("provenance.json")).contains("lco-lzo.liDiffusivity"));
    }

    @Test
    void aCancelledRunKeepsWhatItHas() throws IOException {
        Map<String, Object> recipe = sample("e4-cycling-sc-30-nano.json");
        int[] calls = {0};
        Progress stopSoon = new Progress() {
            @Override
            public void report(double fraction, String note) {
            }

            @Override
            public boolean isCancelled() {
                return ++calls[0] > 3;
            }
        };
        Result r = RunPipeline.run(RunPipeline.prepare(recipe, SERVICES), SERVICES, stopSoon);
        assertEquals("cancelled", r.summary().get("end"));
        assertTrue(r.table("timeseries").rows() > 0);
    }
}
