package io.interphase.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.interphase.itests.Commands.Outcome;
import io.interphase.launch.Command;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** One recipe file, read by the one recipe reader, through {@code run}, {@code simulate} and {@code POST /api/recipes}. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RecipeIT extends WorkbenchTest {

    /** The E1/E2 sample with LPSCl's conductivity doubled for this recipe only. */
    private Path doubled;
    private Path asShipped;

    @Before
    public void recipes() throws Exception {
        assertTrue("the recipe reader never appeared",
                Workbench.await(() -> http.post("/api/recipes", "{}").status() != 503, 20_000));
        asShipped = Commands.sample("kinetics", "sc-20-nano.json");
        JsonObject recipe = JsonParser.parseString(Files.readString(asShipped)).getAsJsonObject();
        double sigma = layer(check(asShipped), 2).get("ionicConductivity").getAsDouble();
        recipe.add("parameters", JsonParser.parseString("{\"lpscl\": {\"ionicConductivity\": {\"value\": \""
                + 2 * sigma + " S/m\", \"at\": \"-5 degC\"}}}"));
        doubled = Commands.scratch("recipe").resolve("doubled.json");
        Files.writeString(doubled, recipe.toString());
    }

    @Test
    public void restChecksTheRecipeAsRunWouldWithItsParameters() throws Exception {
        JsonObject shipped = check(asShipped);
        JsonObject twice = check(doubled);
        assertEquals("impedance", twice.get("solver").getAsString());
        assertEquals(3, twice.get("steps").getAsInt());
        assertEquals(0.3, twice.getAsJsonObject("sweep").get("maxVoltage").getAsDouble(), 1e-12);
        assertEquals(2 * layer(shipped, 2).get("ionicConductivity").getAsDouble(),
                layer(twice, 2).get("ionicConductivity").getAsDouble(), 1e-9);
    }

    @Test
    public void sensitivityRunsTheRecipeWithEachAssumptionHalvedAndDoubled() throws Exception {
        Path out = Commands.scratch("sensitivity");
        Outcome o = Commands.run(context, "sensitivity", Commands.sample("runs", "e3-ccd-bare-li.json").toString(),
                "--out", out.toString());
        assertEquals(o.err(), 0, o.status());
        assertTrue(o.out(), o.out().startsWith("ccd_mA_cm2 = 3 (base)"));
        String csv = Files.readString(out.resolve("sensitivity.csv"));
        assertTrue(csv, csv.contains("lpscl,surfaceFlawSize,0.88,um,ccd_mA_cm2,3,4.5,2.25"));
        assertTrue(Files.readString(out.resolve("tornado-ccd_mA_cm2.svg")).startsWith("<svg"));
        Outcome bad = Commands.run(context, "sensitivity", Commands.sample("runs", "e3-ccd-bare-li.json").toString(),
                "--factor", "0.5");
        assertEquals(Command.USAGE, bad.status());
        assertTrue(bad.err(), bad.err().contains("--factor: a number above 1"));
    }

    @Test
    public void aSmallStudyWritesItsReportTablesAndRuns() throws Exception {
        // the study's small case: two layers, E1 and E3
        Path recipes = Commands.scratch("study-recipes");
        Files.createDirectories(recipes.resolve("kinetics"));
        Files.createDirectories(recipes.resolve("runs"));
        for (String layer : new String[] {"bare-li", "sc-20-nano"}) {
            Files.copy(Commands.sample("kinetics", layer + ".json"), recipes.resolve("kinetics").resolve(layer + ".json"));
            Files.copy(Commands.sample("runs", "e3-ccd-" + layer + ".json"), recipes.resolve("runs").resolve("e3-ccd-" + layer + ".json"));
        }
        Path out = Commands.scratch("study");
        Outcome o = Commands.run(context, "study", "--recipes", recipes.toString(), "--out", out.toString());
        assertEquals(o.err(), 0, o.status());
        assertTrue(o.out(), o.out().contains("## e3-ccd") && o.out().contains("| bare-li | short |"));
        // E1's exchange current is fitted to the simulated sweep: the bare cell's is its calibration
        assertTrue(o.out(), o.out().contains("| 0.2910 |"));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<h2>e3-ccd</h2>") && html.contains("<svg") && html.contains("<h2>Assumptions</h2>"));
        assertTrue(Files.exists(out.resolve("runs").resolve("e3-ccd-sc-20-nano").resolve("summary.json")));
        JsonObject study = JsonParser.parseString(Files.readString(out.resolve("study.json"))).getAsJsonObject();
        assertEquals(3.0, study.getAsJsonObject("experiments").getAsJsonObject("e3-ccd").getAsJsonObject("bare-li")
                .get("ccd_mA_cm2").getAsDouble(), 1e-9);
        Outcome bad = Commands.run(context, "study", "--recipes", out.toString());
        assertEquals(Command.USAGE, bad.status());
        assertTrue(bad.err(), bad.err().contains("must hold kinetics/ and runs/"));
    }

    @Test
    public void simulateTakesTheRecipesParametersAndSettings() throws Exception {
        double shipped = electrolyteResistance(Commands.run(context, "simulate", "tafel", asShipped.toString()));
        double twice = electrolyteResistance(Commands.run(context, "simulate", "tafel", doubled.toString()));
        assertEquals(shipped / 2, twice, 1e-6 * shipped);
        Outcome eis = Commands.run(context, "simulate", "eis", doubled.toString());
        assertEquals(eis.err(), 0, eis.status());
        // the recipe's "eis": 1 MHz to 10 mHz at 10 per decade, a header line and 81 points
        assertEquals(82, eis.out().strip().split("\\R").length);
    }

    @Test
    public void runTakesTheSameFile() throws Exception {
        JsonObject twice = runSummary(doubled);
        JsonObject shipped = runSummary(asShipped);
        // the electrolyte's bulk arc, at the spectrum's highest frequency, halves with its conductivity doubled
        assertEquals(bulk(shipped) / 2, bulk(twice), 1e-3 * bulk(shipped));
    }

    private JsonObject runSummary(Path recipeFile) throws Exception {
        Path folder = Commands.scratch("recipe-run");
        Outcome o = Commands.run(context, "run", recipeFile.toString(), "--out", folder.toString());
        assertEquals(o.err(), 0, o.status());
        JsonObject recipe = JsonParser.parseString(Files.readString(folder.resolve("recipe.json"))).getAsJsonObject();
        assertEquals("impedance", recipe.get("solver").getAsString());
        return JsonParser.parseString(Files.readString(folder.resolve("summary.json"))).getAsJsonObject();
    }

    private static double bulk(JsonObject summary) {
        return summary.getAsJsonArray("impedance_ohm").get(0).getAsJsonObject().get("high_frequency_real").getAsDouble();
    }

    @Test
    public void aBadFieldIsNamedAlikeByEveryWayIn() throws Exception {
        Path bad = Commands.scratch("recipe-bad").resolve("bad.json");
        Files.writeString(bad, Files.readString(asShipped).replaceFirst("\"30 um\"", "\"30 V\""));
        Http.Response r = http.post("/api/recipes", Files.readString(bad));
        assertEquals(400, r.status());
        assertTrue(r.body().toString(), r.body().toString().contains("layers[1].thickness"));
        for (String[] args : new String[][] {{"run", bad.toString()}, {"simulate", "tafel", bad.toString()},
                {"simulate", "eis", bad.toString()}}) {
            Outcome o = Commands.run(context, args[0], java.util.Arrays.copyOfRange(args, 1, args.length));
            assertEquals(String.join(" ", args) + ": " + o.err(), Command.USAGE, o.status());
            assertTrue(o.err(), o.err().contains("layers[1].thickness"));
        }
    }

    private JsonObject check(Path recipe) throws Exception {
        Http.Response r = http.post("/api/recipes", Files.readString(recipe));
        assertEquals(r.body().toString(), 200, r.status());
        return r.body().getAsJsonObject();
    }

    private static JsonObject layer(JsonObject checked, int index) {
        return checked.getAsJsonObject("cell").getAsJsonArray("layers").get(index).getAsJsonObject();
    }

    private static double electrolyteResistance(Outcome o) {
        assertEquals(o.err(), 0, o.status());
        return JsonParser.parseString(o.err()).getAsJsonObject().get("electrolyte_resistance_ohm_cm2").getAsDouble();
    }
}
