package io.interphase.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.interphase.itests.Commands.Outcome;
import io.interphase.launch.Command;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.osgi.framework.InvalidSyntaxException;

/** {@code workbench run} as the assembled bundles offer it: the command service, the solver services, the run folder. */
@RunWith(PaxExam.class)
public class RunCommandIT extends WorkbenchTest {

    @Test
    public void protocolsAndRunHelpPrintTheLiveGrammarSolversAndOutputs() throws Exception {
        Outcome protocols = Commands.run(context, "protocols");
        assertEquals(protocols.err(), 0, protocols.status());
        for (String line : new String[] {"Ramp from <current> by <current>", "Repeat <n> times:", "EIS from <frequency>",
            "Sweep from <voltage>", "GITT:", "Hold at <voltage>", "Rest for <time>", "Charge|Discharge|Plate|Strip at"}) {
            assertTrue(line, protocols.out().contains(line));
        }
        assertTrue(protocols.out(), protocols.out().contains("phase-field [constant_current, rest]")
                && protocols.out().contains("csv, json, maps, svg, vtk"));
        Outcome help = Commands.run(context, "run", "--help");
        assertEquals(0, help.status());
        assertTrue(help.out(), help.out().startsWith("usage: workbench run") && help.out().contains("e.g. Rest for 10 min"));
    }

    @Test
    public void theCriticalCurrentRampRunsToAShortAndWritesItsFolder() throws Exception {
        Path folder = Commands.scratch("ccd");
        Outcome o = run(Commands.sample("runs", "e3-ccd-bare-li.json"), "--out", folder.toString());
        assertEquals(o.err(), 0, o.status());
        JsonObject summary = JsonParser.parseString(o.out()).getAsJsonObject().getAsJsonObject("summary");
        assertEquals("short", summary.get("end").getAsString());
        double ccd = summary.get("ccd_mA_cm2").getAsDouble();
        assertTrue("a CCD near bare Li's 3 mA/cm2 calibration: " + ccd, ccd > 2 && ccd < 4.5);
        for (String file : List.of("timeseries.csv", "cycles.csv", "summary.json", "recipe.json", "provenance.json", "voltage.svg")) {
            assertTrue(file, Files.size(folder.resolve(file)) > 0);
        }
    }

    @Test
    public void aSpectrumAndASweepRunOnTheImpedanceSolverService() throws Exception {
        Path folder = Commands.scratch("e1e2");
        Outcome o = run(Commands.sample("kinetics", "sc-20-nano.json"), "--out", folder.toString());
        assertEquals(o.err(), 0, o.status());
        JsonObject recipe = JsonParser.parseString(Files.readString(folder.resolve("recipe.json"))).getAsJsonObject();
        assertEquals("impedance", recipe.get("solver").getAsString());
        assertTrue(Files.readString(folder.resolve("impedance.csv")).startsWith("Frequency / Hz,Z' / Ohm,Z'' / Ohm"));
    }

    @Test
    public void aBadRecipeExitsWithTwoNamingTheField() throws Exception {
        Path recipe = Commands.scratch("bad").resolve("bad.json");
        Files.writeString(recipe, Files.readString(Commands.sample("runs", "e3-ccd-bare-li.json"))
                .replace("\"protocol\": [", "\"protocol\": [\"Charge at 2 V until 4.2 V\", "));
        Outcome o = run(recipe, "--out", Commands.scratch("bad-out").toString());
        assertEquals(o.out(), Command.USAGE, o.status());
        assertTrue(o.err(), o.err().contains("protocol line 1, column 11"));
    }

    private Outcome run(Path recipe, String... more) throws InvalidSyntaxException {
        List<String> args = new java.util.ArrayList<>(List.of(recipe.toString()));
        args.addAll(List.of(more));
        return Commands.run(context, "run", args.toArray(new String[0]));
    }
}
