package io.interphase.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.InvalidInputException;
import io.interphase.api.material.MaterialCatalog;
import io.interphase.api.run.Progress;
import io.interphase.api.run.Result;
import io.interphase.api.run.Table;
import io.interphase.cell.internal.CellModelComponent;
import io.interphase.exporter.internal.CsvExporter;
import io.interphase.exporter.internal.JsonExporter;
import io.interphase.exporter.internal.SvgExporter;
import io.interphase.json.Json;
import io.interphase.material.lcolzo.internal.LzoCoatedLco;
import io.interphase.material.limetal.internal.LiMetal;
import io.interphase.material.llzto.internal.LlztoMicro;
import io.interphase.material.llzto.internal.LlztoNano;
import io.interphase.material.lpscl.internal.Lpscl;
import io.interphase.material.softcarbon.internal.SoftCarbon;
import io.interphase.material.vgcf.internal.Vgcf;
import io.interphase.protocol.internal.CurrentStepProtocol;
import io.interphase.protocol.internal.EisProtocol;
import io.interphase.protocol.internal.SweepProtocol;
import io.interphase.protocol.internal.GittProtocol;
import io.interphase.protocol.internal.HoldProtocol;
import io.interphase.protocol.internal.RampProtocol;
import io.interphase.protocol.internal.RepeatProtocol;
import io.interphase.protocol.internal.RestProtocol;
import io.interphase.solver.cycling.internal.CyclingSolver;
import io.interphase.solver.eis.internal.ImpedanceSolver;
import io.interphase.solver.kinetics.internal.ButlerVolmerSolver;
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

    static final RecipeReading.Services SERVICES = new RecipeReading.Services(new CellModelComponent(),
            MaterialCatalog.of(List.of(new LiMetal(), new Lpscl(), new SoftCarbon(), new LlztoNano(), new LlztoMicro(),
                    new LzoCoatedLco(), new Vgcf(), new io.interphase.material.ptfe.internal.Ptfe())),
            List.of(new CyclingSolver(), new ButlerVolmerSolver(), new ImpedanceSolver()),
            List.of(new RestProtocol(), new CurrentStepProtocol(), new HoldProtocol(), new RampProtocol(),
                    new RepeatProtocol(), new GittProtocol(), new EisProtocol(), new SweepProtocol()),
            List.of(new CsvExporter(), new JsonExporter(), new SvgExporter()));

    static final Map<String, String> BUNDLES = Map.of("io.interphase.api", "0.1.0");

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
        return sample("runs", name);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> sample(String folder, String name) throws IOException {
        return Json.readObject(Files.readString(Path.of("../../sample-models", folder, name)), name);
    }

    /** A progress that answers "cancelled" from its (n+1)-th question on, as Ctrl-C would mid-run. */
    static Progress cancelledAfter(int n) {
        int[] calls = {0};
        return new Progress() {
            @Override
            public void report(double fraction, String note) {
            }

            @Override
            public boolean isCancelled() {
                return ++calls[0] > n;
            }
        };
    }

    static RunPipeline.Prepared prepare(Map<String, Object> recipe) {
        return RunPipeline.prepare(RecipeReading.read(recipe, SERVICES), SERVICES.solvers(), SERVICES.exporters());
    }

    static Result run(Map<String, Object> recipe) {
        return RunPipeline.run(prepare(recipe), BUNDLES, QUIET);
    }

    @Test
    void theCriticalCurrentRampEndsInAShortAtTheReportedCurrent() throws IOException {
        Result r = run(sample("e3-ccd-bare-li.json"));
        assertEquals("short", r.summary().get("end"));
        assertEquals(3.0, (double) r.summary().get("ccd_mA_cm2"), 1e-9);
        Table cycles = r.table("cycles");
        // 0.25 … 3 mA/cm2: the 12th plate/strip pair is the one that shorts
        assertEquals(12, cycles.rows());
        assertEquals(2.75, cycles.column("Current Density").values()[10], 1e-9);
        // the flaw size was derived (to two digits) from J_c = 3 mA/cm2: plating at it just opens the flaws, no void first
        assertTrue(((String) r.summary().get("failure")).startsWith("short: plating 3.00 mA/cm2"), (String) r.summary().get("failure"));
    }

    @Test
    void symmetricCyclingReportsPolarizationAndTheHoursToShort() throws IOException {
        Map<String, Object> recipe = sample("e4-cycling-sc-30-nano.json");
        recipe.put("protocol", List.of("Repeat 20 times: Plate at 2 mA/cm2 for 1 h; Strip at 2 mA/cm2 for 1 h"));
        Result r = run(recipe);
        assertEquals("completed", r.summary().get("end"));
        assertNull(r.summary().get("hours_to_short"));
        assertEquals(20, r.table("cycles").rows());
        // cycle 11 is not kept in full: each of its two steps keeps its first and last sample, so a plot
        // still draws the plating and stripping levels (a square wave), not a line from end to end
        double[] cycle = r.table("timeseries").column("Cycle Count").values();
        double[] step = r.table("timeseries").column("Step Count").values();
        double[] current = r.table("timeseries").column("Current").values();
        List<Integer> rows11 = java.util.stream.IntStream.range(0, cycle.length).filter(i -> cycle[i] == 11).boxed().toList();
        assertEquals(4, rows11.size(), rows11.toString());
        assertEquals(step[rows11.get(0)], step[rows11.get(1)]);
        assertEquals(step[rows11.get(2)], step[rows11.get(3)]);
        assertTrue(current[rows11.get(0)] * current[rows11.get(2)] < 0, "plate, then strip");
        assertTrue(java.util.stream.IntStream.range(0, cycle.length).filter(i -> cycle[i] == 10).count() > 4,
                "cycle 10 is kept in full");
        Map<String, Object> pol = (Map<String, Object>) r.summary().get("polarization_mV");
        // the interphases grow as √t, so the polarization rises
        assertTrue((double) pol.get("last") > (double) pol.get("first"));
        Map<String, Object> bare = sample("e4-cycling-bare-li.json");
        bare.put("protocol", List.of("Repeat 20 times: Plate at 4 mA/cm2 for 1 h; Strip at 4 mA/cm2 for 1 h"));
        Result shorted = run(bare);
        assertEquals("short", shorted.summary().get("end"));
        assertEquals(0, (double) shorted.summary().get("hours_to_short"), 1e-9, "4 mA/cm2 exceeds the bare face's j_p at once");
    }

    @Test
    void aStepTheCellCannotFinishEndsEarlyAndTheSummarySaysWhy() throws IOException {
        // a 0.2 mAh/cm2 full cell charged at 2 mA/cm2 for an hour, with no voltage limit: its cathode is full long before
        Map<String, Object> recipe = sample("e5-rate-sc-20-nano.json");
        recipe.put("protocol", List.of("Charge at 2 mA/cm2 for 1 h"));
        Result r = run(recipe);
        List<?> notes = (List<?>) r.summary().get("notes");
        assertTrue(notes != null && notes.size() == 1, String.valueOf(notes));
        assertTrue(notes.get(0).toString().startsWith("step 1 (cycle 1) ended after") && notes.get(0).toString().contains("cathode"),
                notes.get(0).toString());
        assertTrue((double) r.summary().get("duration_h") < 0.5);
        assertTrue(Study.figures(r).containsKey("end"), "the study's flattening takes a list of notes");
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
    void aRunThatPassesNoChargeSaysSo() throws IOException {
        Map<String, Object> recipe = sample("e5-rate-sc-20-nano.json");
        recipe.put("protocol", List.of("Repeat 3 times: Charge at 5000C until 4.2 V; Discharge at 5000C until 3.0 V"));
        Result r = run(recipe);
        assertTrue(String.valueOf(r.summary().get("warning")).startsWith("no charge passed"), r.summary().toString());
        Result normal = run(sample("e5-rate-sc-20-nano.json"));
        assertNull(normal.summary().get("warning"));
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
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> prepare(recipe));
        assertEquals("protocol line 1, column 11", e.errors().get(0).field());
        recipe.put("solver", "phase-field");
        e = assertThrows(InvalidInputException.class, () -> prepare(recipe));
        assertEquals(List.of("protocol line 1, column 11", "solver"), fields(e), "every bad field at once");
        recipe.put("protocol", List.of("Plate at 1 mA/cm2 for 1 h"));
        e = assertThrows(InvalidInputException.class, () -> prepare(recipe));
        assertEquals(List.of("solver"), fields(e));
        recipe.remove("solver");
        recipe.put("outputs", List.of("vtk"));
        e = assertThrows(InvalidInputException.class, () -> prepare(recipe));
        assertEquals("outputs", e.errors().get(0).field());
        recipe.remove("outputs");
        recipe.remove("protocol");
        e = assertThrows(InvalidInputException.class, () -> prepare(recipe));
        assertEquals("protocol", e.errors().get(0).field());
    }

    @Test
    void theRunFolderHoldsEveryExportersFiles(@TempDir Path dir) throws IOException {
        Map<String, Object> recipe = sample("e6-long-30C-sc-20-nano.json");
        recipe.put("protocol", List.of("Charge at 0.1C until 4.2 V", "Discharge at 0.1C until 3.0 V",
                "Repeat 30 times: Charge at 1C until 4.2 V; Discharge at 1C until 3.0 V"));
        RunPipeline.Prepared p = prepare(recipe);
        Result r = RunPipeline.run(p, BUNDLES, QUIET);
        assertEquals(List.of(), RunFolder.write(r, p.exporters(), dir));
        Set<String> files = Files.list(dir).map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        assertEquals(Set.of("timeseries.csv", "cycles.csv", "summary.json", "recipe.json", "provenance.json",
                "voltage.svg", "capacity.svg", "retention.svg"), files);
        assertTrue(Files.readString(dir.resolve("timeseries.csv")).startsWith(
                "Test Time / s,Voltage / V,Current / A,Cycle Count / 1,Step Count / 1,Net Capacity / Ah\n"));
        assertEquals(31, r.table("cycles").rows());
        Map<String, Object> retention = (Map<String, Object>) r.summary().get("retention");
        assertTrue(retention.containsKey("31"));
        assertTrue(Files.readString(dir.resolve("provenance.json")).contains("lco-lzo.liDiffusivity"));
    }

    @Test
    void aCancelledRunKeepsWhatItHas() throws IOException {
        Map<String, Object> recipe = sample("e4-cycling-sc-30-nano.json");
        Result r = RunPipeline.run(prepare(recipe), BUNDLES, cancelledAfter(3));
        assertEquals("cancelled", r.summary().get("end"));
        assertTrue(r.table("timeseries").rows() > 0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void spectraBeforeAndAfterCyclingShowTheInterphasesGrowth() throws IOException {
        RunPipeline.Prepared p = prepare(sample("e2-eis-after-e4-sc-20-nano.json"));
        assertEquals("cycling", p.solver().id(), "the best solver that answers cycling and spectra");
        Result r = RunPipeline.run(p, BUNDLES, QUIET);
        assertEquals(2 * 81, r.table("impedance").rows());
        List<Map<String, Object>> arcs = (List<Map<String, Object>>) r.summary().get("impedance_ohm");
        assertEquals(2, arcs.size());
        double before = (double) arcs.get(0).get("high_frequency_real");
        double after = (double) arcs.get(1).get("high_frequency_real");
        assertTrue(after > 1.2 * before, "201 h of interphase growth: " + before + " -> " + after + " ohm");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRateAtWhichNothingPassesHasZeroCapacityAndRetention() throws IOException {
        // right after a discharge to 3.0 V, a charge "until 3.0 V" and a discharge to 3.0 V both meet their
        // limit at once: cycle 2 passes nothing at 1C, cycle 4 nothing at 0.1C, where cycle 1 delivered
        Map<String, Object> recipe = sample("e6-long-30C-sc-30-nano.json");
        recipe.put("protocol", List.of("Charge at 0.1C until 4.2 V", "Discharge at 0.1C until 3.0 V",
                "Charge at 1C until 3.0 V", "Discharge at 1C until 3.0 V",
                "Charge at 0.1C until 4.2 V", "Discharge at 0.1C until 3.0 V",
                "Charge at 0.1C until 3.0 V", "Discharge at 0.1C until 3.0 V"));
        Result r = run(recipe);
        assertEquals("completed", r.summary().get("end"));
        Map<String, Object> capacity = (Map<String, Object>) r.summary().get("capacity_mAh_g");
        assertEquals(0.0, (double) capacity.get("1C"), 0);
        assertTrue((double) capacity.get("0.1C") > 100);
        Map<String, Object> retention = (Map<String, Object>) r.summary().get("retention");
        assertEquals(0.0, (double) retention.get("4"), 0, "a later 0.1C cycle that passed nothing keeps 0 of the first");
        assertEquals(4, r.summary().get("cycles_to_80pct"));
    }

    @Test
    void aRunOfShortStepsIsCancelledBetweenThem() throws IOException {
        // 5C steps end at their cut-off within a few of the solver's sub-steps, before it checks for Ctrl-C
        Map<String, Object> recipe = sample("e6-long-30C-sc-30-nano.json");
        recipe.put("protocol", List.of("Repeat 20000 times: Charge at 5C until 4.2 V; Discharge at 5C until 3.0 V"));
        Result r = RunPipeline.run(prepare(recipe), BUNDLES, cancelledAfter(20));
        assertEquals("cancelled", r.summary().get("end"));
        assertTrue(r.table("cycles").rows() <= 11, r.table("cycles").rows() + " cycles");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSpectrumAndASweepRunOnTheSolverThatAnswersBoth(@TempDir Path dir) throws IOException {
        RunPipeline.Prepared p = prepare(sample("kinetics", "sc-20-nano.json"));
        assertEquals("impedance", p.solver().id(), "the only solver that answers EIS and sweeps");
        Result r = RunPipeline.run(p, BUNDLES, QUIET);
        Table spectrum = r.table("impedance");
        assertEquals(81, spectrum.rows(), "1 MHz to 10 mHz at 10 per decade");
        List<Map<String, Object>> arcs = (List<Map<String, Object>>) r.summary().get("impedance_ohm");
        assertEquals(1, arcs.size());
        double bulk = (double) arcs.get(0).get("high_frequency_real");
        double total = (double) arcs.get(0).get("low_frequency_real");
        // 80 mg LPSCl over 0.785 cm2 at -5 degC is some 185 ohm; the two interlayers add their arcs
        assertEquals(185, bulk, 10);
        assertTrue(total > bulk + 50, "electrode arcs: " + total + " vs " + bulk);
        assertFalse(r.summary().containsKey("hours_to_short"), "no current steps, so no cycling figures");
        // the sweep is the steady current at each millivolt, odd in the voltage for a symmetric cell
        double[] v = column(r.table("timeseries"), "Voltage");
        double[] i = column(r.table("timeseries"), "Current");
        int zero = -1;
        for (int k = 0; k < v.length; k++) {
            zero = Math.abs(v[k]) < 1e-12 && i[k] != 0 || zero >= 0 ? zero : Math.abs(v[k]) < 1e-12 && k > 4 ? k : zero;
        }
        assertTrue(zero > 0, "the sweep passes 0 V");
        assertEquals(0, i[zero], 1e-15);
        assertEquals(-i[zero + 100], i[zero - 100], 1e-9 * Math.abs(i[zero + 100]), "I(-0.1 V) = -I(0.1 V)");
        assertTrue(i[zero + 300] > 0, "positive at +0.3 V");
        assertEquals(List.of(), RunFolder.write(r, p.exporters(), dir));
        assertTrue(Files.readString(dir.resolve("impedance.csv")).startsWith("Frequency / Hz,Z' / Ohm,Z'' / Ohm,"));
        assertTrue(Files.exists(dir.resolve("impedance.svg")));
    }

    @Test
    void aProtocolNoSolverAnswersIsRefusedNamingWhatEachAnswers() throws IOException {
        Map<String, Object> recipe = sample("e6-long-30C-sc-20-nano.json");
        // a full cell's spectrum is the cycling solver's, but its steady sweep is nobody's
        recipe.put("protocol", List.of("EIS from 1 MHz to 1 Hz, 5 per decade", "Sweep from -0.3 V to 0.3 V at 1 mV/s"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> prepare(recipe));
        assertEquals("solver", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("POTENTIAL_SWEEP"), e.getMessage());
        assertTrue(e.errors().get(0).message().contains("impedance (does not suit this cell"), e.getMessage());
        recipe.put("protocol", List.of("Charge at 1C until 4.2 V"));
        recipe.put("solver", "impedance");
        e = assertThrows(InvalidInputException.class, () -> prepare(recipe));
        assertTrue(e.errors().get(0).message().contains("cannot answer [CONSTANT_CURRENT]"), e.getMessage());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRecipeParameterReplacesTheMaterialsValueForThatRunOnly() throws IOException {
        Map<String, Object> recipe = sample("kinetics", "sc-20-nano.json");
        recipe.put("protocol", List.of("EIS from 1 MHz to 10 mHz, 10 per decade"));
        double bulk = bulkOhm(RunPipeline.run(prepare(recipe), BUNDLES, QUIET));
        // LPSCl's conductivity doubled at 25 degC doubles it at -5 degC too (same Arrhenius law): half the bulk
        double sigma = new Lpscl().property("ionicConductivity").orElseThrow().at(298.15);
        recipe.put("parameters", Map.of("lpscl", Map.of("ionicConductivity", 2 * sigma * 10 + " mS/cm")));
        RunPipeline.Prepared p = prepare(recipe);
        Result r = RunPipeline.run(p, BUNDLES, QUIET);
        assertEquals(bulk / 2, bulkOhm(r), 1e-3 * bulk);
        // the same value given at the cell's own temperature
        double atMinus5 = new Lpscl().property("ionicConductivity").orElseThrow().at(268.15);
        recipe.put("parameters", Map.of("lpscl", Map.of("ionicConductivity",
                Map.of("value", 2 * atMinus5 * 10 + " mS/cm", "at", "-5 degC"))));
        assertEquals(bulk / 2, bulkOhm(RunPipeline.run(prepare(recipe), BUNDLES, QUIET)), 1e-3 * bulk);
        // and the installed material is untouched for the next run
        recipe.remove("parameters");
        assertEquals(bulk, bulkOhm(RunPipeline.run(prepare(recipe), BUNDLES, QUIET)), 1e-9 * bulk);
    }

    @Test
    void badParametersNameTheirFieldAndWhatIsAllowed() throws IOException {
        Map<String, Object> recipe = sample("kinetics", "sc.json");
        recipe.put("parameters", Map.of("unobtainium", Map.of("density", "1 g/cm3")));
        assertFieldError(recipe, "parameters.unobtainium", "unknown material; installed: ");
        recipe.put("parameters", Map.of("lpscl", Map.of("colour", "green")));
        assertFieldError(recipe, "parameters.lpscl.colour", "it has: ");
        recipe.put("parameters", Map.of("lpscl", Map.of("ionicConductivity", "-1 mS/cm")));
        assertFieldError(recipe, "parameters.lpscl.ionicConductivity", "positive");
        recipe.put("parameters", Map.of("lpscl", Map.of("ionicConductivity", "2 V")));
        assertFieldError(recipe, "parameters.lpscl.ionicConductivity", "conductivity");
        recipe.put("parameters", Map.of("lpscl", Map.of("ionicConductivity", "NaN mS/cm")));
        assertFieldError(recipe, "parameters.lpscl.ionicConductivity", "");
        recipe.put("parameters", List.of("lpscl"));
        assertFieldError(recipe, "parameters", "an object of material id");
    }

    private static List<String> fields(InvalidInputException e) {
        return e.errors().stream().map(f -> f.field()).toList();
    }

    private static void assertFieldError(Map<String, Object> recipe, String field, String part) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> prepare(recipe));
        assertEquals(field, e.errors().get(0).field(), e.getMessage());
        assertTrue(e.errors().get(0).message().contains(part), e.getMessage());
    }

    @SuppressWarnings("unchecked")
    private static double bulkOhm(Result r) {
        List<Map<String, Object>> arcs = (List<Map<String, Object>>) r.summary().get("impedance_ohm");
        return (double) arcs.get(0).get("high_frequency_real");
    }

    private static double[] column(Table table, String name) {
        return table.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().values();
    }
}
