package io.interphase.analysis.internal;

import io.interphase.analysis.EisAnalysis;
import io.interphase.analysis.Reports;
import io.interphase.analysis.Simulations;
import io.interphase.api.run.Recipe;
import io.interphase.api.run.RecipeReader;
import io.interphase.api.units.Dimension;
import io.interphase.json.Json;
import io.interphase.launch.Command;
import io.interphase.solver.eis.CellImpedance;
import io.interphase.solver.eis.Spectrum;
import io.interphase.analysis.SpectrumCsv;
import io.interphase.solver.kinetics.Sweep;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code workbench simulate eis|tafel ...}: a circuit's spectrum, or a recipe's symmetric cell swept
 * or probed, as CSV on stdout (or {@code --out FILE}); the cell's report goes to stderr as JSON.
 * The recipe is read by the one {@link RecipeReader}, with the materials installed when the command runs (the
 * deploy folder's included) and the recipe's own {@code "parameters"} in place; an option on the command line
 * wins over the recipe's {@code "sweep"} or {@code "eis"} setting.
 */
@Component(service = Command.class, property = Command.NAME + "=simulate")
public final class SimulateCommand implements Command {

    static final String USAGE = """
            usage: workbench simulate eis --circuit 'R0-p(R1,C1)' --params R0=10,R1=100,C1=1e-6 [--fmin 0.1] [--fmax 1e6] [--ppd 10] [--out FILE]
                   workbench simulate eis RECIPE.json [--fmin 0.1Hz] [--fmax 1MHz] [--ppd 10] [--double-layer-capacitance 10uF/cm2] [--out FILE]
                   workbench simulate tafel RECIPE.json [--max-voltage 0.3V] [--points 61] [--out FILE]
              RECIPE.json: a recipe as './workbench run' takes it; its symmetric cell (Li | layer | electrolyte | layer | Li),
              "parameters" and "sweep" or "eis" settings are used, its protocol is checked but not run""";

    private static final Set<String> EIS_OPTIONS = Set.of("circuit", "params", "fmin", "fmax", "ppd",
            "double-layer-capacitance", "out");

    @Reference
    private RecipeReader recipes;

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        return CommandSupport.eisOrTafel(args, err, USAGE,
                rest -> eis(Arguments.parse(rest, EIS_OPTIONS), out, err),
                rest -> tafel(Arguments.parse(rest, Set.of("max-voltage", "points", "out")), out, err));
    }

    private void eis(Arguments a, PrintStream out, PrintStream err) throws IOException {
        Spectrum spectrum;
        if (a.positional().isEmpty()) {
            double[] hz = Simulations.frequencies(a.quantity("fmin", Dimension.FREQUENCY, "0.1 Hz", "Hz"),
                    a.quantity("fmax", Dimension.FREQUENCY, "1 MHz", "Hz"), a.integer("ppd", 10, 1, 1000));
            spectrum = Simulations.circuitSpectrum(EisAnalysis.circuit(a.required("circuit", "'R0-p(R1,C1)'")),
                    a.assignments("params"), hz);
        } else {
            Recipe recipe = recipe(a.positional(0, "RECIPE"));
            Recipe.Spectrum settings = recipe.spectrum();
            double[] hz = Simulations.frequencies(setting(a, "fmin", Dimension.FREQUENCY, "Hz", settings.fmin(), "0.1 Hz"),
                    setting(a, "fmax", Dimension.FREQUENCY, "Hz", settings.fmax(), "1 MHz"),
                    a.integer("ppd", settings.pointsPerDecade().orElse(10), 1, 1000));
            double cdl = setting(a, "double-layer-capacitance", Dimension.CAPACITANCE.times(Dimension.AREA.pow(-1)), "F/m2",
                    settings.doubleLayerCapacitance(), CellImpedance.DEFAULT_DOUBLE_LAYER_CAPACITANCE + " F/m2");
            Simulations.EisSimulation sim = Simulations.eis(recipe.cell(), recipe.materials(), cdl, hz);
            spectrum = sim.spectrum();
            err.println(Json.write(sim.report()));
        }
        StringWriter csv = new StringWriter();
        SpectrumCsv.write(spectrum, csv);
        CommandSupport.write(csv.toString(), a.options().get("out"), out);
    }

    private void tafel(Arguments a, PrintStream out, PrintStream err) throws IOException {
        Recipe recipe = recipe(a.positional(0, "RECIPE"));
        Simulations.TafelSimulation sim = Simulations.tafel(recipe.cell(), recipe.materials(),
                setting(a, "max-voltage", Dimension.VOLTAGE, "V", recipe.sweep().maxVoltage(), "0.3 V"),
                a.integer("points", recipe.sweep().points().orElse(61), 3, 10_001));
        err.println(Json.write(sim.report()));
        CommandSupport.write(sweepCsv(sim.sweep()), a.options().get("out"), out);
    }

    /** The sweep as two columns that {@code analyze tafel} reads back. */
    static String sweepCsv(Sweep s) {
        // the "Name / unit" headers of every CSV the workbench writes (a run's timeseries.csv too)
        StringBuilder b = new StringBuilder("Voltage / V,Current Density / mA/cm2\n");
        double[] v = s.voltage();
        double[] j = s.currentDensity();
        for (int i = 0; i < v.length; i++) {
            b.append(String.format(Locale.ROOT, "%.6g,%.10g%n", v[i], j[i] / 10));
        }
        return b.toString();
    }

    /** The recipe file read by the one recipe reader, with the materials live now. */
    private Recipe recipe(String file) throws IOException {
        return recipes.read(Json.readObject(CommandSupport.read(file), file));
    }

    /** The command line's option if given, else the recipe's setting, else the default. */
    private static double setting(Arguments a, String option, Dimension d, String bareUnit, OptionalDouble recipe,
            String fallback) {
        return recipe.isPresent() && !a.options().containsKey(option) ? recipe.getAsDouble()
                : a.quantity(option, d, fallback, bareUnit);
    }
}
