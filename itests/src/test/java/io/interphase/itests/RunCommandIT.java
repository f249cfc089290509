package io.interphase.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.interphase.launch.Command;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** {@code workbench run} as the assembled bundles offer it: the command service, the solver services, the run folder. */
@RunWith(PaxExam.class)
public class RunCommandIT extends WorkbenchTest {

    /** What one command run printed and returned. */
    private record Outcome(int status, String out, String err) {
    }

    @Test
    public void theCriticalCurrentRampRunsToAShortAndWritesItsFolder() throws Exception {
        Path folder = scratch("ccd");
        Outcome o = run(sample("runs", "e3-ccd-bare-li.json"), "--out", folder.toString());
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
        Path folder = scratch("e1e2");
        Outcome o = run(sample("kinetics", "sc-20-nano.json"), "--out", folder.toString());
        assertEquals(o.err(), 0, o.status());
        JsonObject recipe = JsonParser.parseString(Files.readString(folder.resolve("recipe.json"))).getAsJsonObject();
        assertEquals("impedance", recipe.get("solver").getAsString());
        assertTrue(Files.readString(folder.resolve("impedance.csv")).startsWith("Frequency / Hz,Z' / Ohm,Z'' / Ohm"));
    }

    @Test
    public void aBadRecipeExitsWithTwoNamingTheField() throws Exception {
        Path recipe = scratch("bad").resolve("bad.json");
        Files.writeString(recipe, Files.readString(sample("runs", "e3-ccd-bare-li.json"))
                .replace("\"protocol\": [", "\"protocol\": [\"Charge at 2 V until 4.2 V\", "));
        Outcome o = run(recipe, "--out", scratch("bad-out").toString());
        assertEquals(o.out(), Command.USAGE, o.status());
        assertTrue(o.err(), o.err().contains("protocol line 1, column 11"));
    }

    private Outcome run(Path recipe, String... more) throws InvalidSyntaxException {
        Collection<ServiceReference<Command>> refs = context.getServiceReferences(Command.class, "(" + Command.NAME + "=run)");
        assertEquals("one run command", 1, refs.size());
        Command command = context.getService(refs.iterator().next());
        assertNotNull(command);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of(recipe.toString()));
        args.addAll(List.of(more));
        int status = command.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Path sample(String folder, String name) {
        return Path.of(System.getProperty("interphase.samples"), folder, name);
    }

    private static Path scratch(String name) throws IOException {
        Path dir = Path.of(System.getProperty("interphase.scratch"), "run-" + name + "-" + System.nanoTime());
        Files.createDirectories(dir);
        return dir;
    }
}
