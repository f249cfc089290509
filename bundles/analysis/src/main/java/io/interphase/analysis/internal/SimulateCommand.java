package io.interphase.analysis.internal;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import io.interphase.analysis.EisAnalysis;
import io.interphase.analysis.Reports;
import io.interphase.analysis.Simulations;
import io.interphase.api.InvalidInputException;
import io.interphase.api.cell.CellModel;
import io.interphase.api.cell.CellProperties;
import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialCatalog;
import io.interphase.api.units.Dimension;
import io.interphase.launch.Command;
import io.interphase.solver.eis.CellImpedance;
import io.interphase.solver.eis.Spectrum;
import io.interphase.solver.eis.SpectrumCsv;
import io.interphase.solver.kinetics.Sweep;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code workbench simulate eis|tafel ...}: a circuit's spectrum, or a recipe's symmetric cell swept
 * or probed, as CSV on stdout (or {@code --out FILE}); the cell's report goes to stderr as JSON.
 * Materials are those installed when the command runs, the deploy folder's included.
 */
@Component(service = Command.class, property = Command.NAME + "=simulate")
public final class SimulateCommand implements Command {

    static final String USAGE = """
            usage: workbench simulate eis --circuit 'R0-p(R1,C1)' --params R0=10,R1=100,C1=1e-6 [--fmin 0.1] [--fmax 1e6] [--ppd 10] [--out FILE]
                   workbench simulate eis RECIPE.json [--fmin 0.1Hz] [--fmax 1MHz] [--ppd 10] [--double-layer-capacitance 10uF/cm2] [--out FILE]
                   workbench simulate tafel RECIPE.json [--max-voltage 0.3V] [--points 61] [--out FILE]
              RECIPE.json: a symmetric cell (Li | layer | electrolyte | layer | Li) with optional "sweep" and "eis" settings""";

    private static final Set<String> EIS_OPTIONS = Set.of("circuit", "params", "fmin", "fmax", "ppd",
            "double-layer-capacitance", "out");

    private final List<Material> materials = new CopyOnWriteArrayList<>();

    @Reference
    private CellModel cellModel;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addMaterial(Material m) {
        materials.add(m);
    }

    void removeMaterial(Material m) {
        materials.remove(m);
    }

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
            Map<String, Object> recipe = recipe(a.positional(0, "RECIPE"));
            Map<String, Object> settings = section(recipe, "eis");
            Arguments merged = merge(a, settings, Map.of("fmin", "fmin", "fmax", "fmax", "pointsPerDecade", "ppd",
                    "doubleLayerCapacitance", "double-layer-capacitance"));
            double[] hz = Simulations.frequencies(merged.quantity("fmin", Dimension.FREQUENCY, "0.1 Hz", "Hz"),
                    merged.quantity("fmax", Dimension.FREQUENCY, "1 MHz", "Hz"), merged.integer("ppd", 10, 1, 1000));
            double cdl = merged.quantity("double-layer-capacitance", Dimension.CAPACITANCE.times(Dimension.AREA.pow(-1)),
                    CellImpedance.DEFAULT_DOUBLE_LAYER_CAPACITANCE + " F/m2", "F/m2");
            Simulations.EisSimulation sim = Simulations.eis(cell(recipe), catalog(), cdl, hz);
            spectrum = sim.spectrum();
            err.println(Reports.json(sim.report()));
        }
        StringWriter csv = new StringWriter();
        SpectrumCsv.write(spectrum, csv);
        CommandSupport.write(csv.toString(), a.options().get("out"), out);
    }

    private void tafel(Arguments a, PrintStream out, PrintStream err) throws IOException {
        Map<String, Object> recipe = recipe(a.positional(0, "RECIPE"));
        Arguments merged = merge(a, section(recipe, "sweep"), Map.of("maxVoltage", "max-voltage", "points", "points"));
        Simulations.TafelSimulation sim = Simulations.tafel(cell(recipe), catalog(),
                merged.quantity("max-voltage", Dimension.VOLTAGE, "0.3 V", "V"), merged.integer("points", 61, 3, 10_001));
        err.println(Reports.json(sim.report()));
        CommandSupport.write(sweepCsv(sim.sweep()), a.options().get("out"), out);
    }

    /** The sweep as two columns that {@code analyze tafel} reads back. */
    static String sweepCsv(Sweep s) {
        StringBuilder b = new StringBuilder("Voltage (V),Current density (mA/cm2)\n");
        double[] v = s.voltage();
        double[] j = s.currentDensity();
        for (int i = 0; i < v.length; i++) {
            b.append(String.format(Locale.ROOT, "%.6g,%.10g%n", v[i], j[i] / 10));
        }
        return b.toString();
    }

    private CellProperties cell(Map<String, Object> recipe) {
        return Simulations.cell(recipe, cellModel, catalog());
    }

    private MaterialCatalog catalog() {
        return MaterialCatalog.of(materials);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> recipe(String file) throws IOException {
        try {
            Object parsed = new Gson().fromJson(CommandSupport.read(file), Object.class);
            if (parsed instanceof Map<?, ?> m) {
                return (Map<String, Object>) m;
            }
        } catch (JsonParseException e) {
            throw new InvalidInputException(file, "not valid JSON: " + e.getMessage());
        }
        throw new InvalidInputException(file, "a recipe is a JSON object with the cell's name, area, temperature and layers");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> recipe, String key) {
        Object v = recipe.get(key);
        if (v == null) {
            return Map.of();
        }
        if (v instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new InvalidInputException(key, "must be an object");
    }

    /** The recipe's settings (recipe key → option name) under the command line's options, which win. */
    private static Arguments merge(Arguments a, Map<String, Object> settings, Map<String, String> names) {
        Map<String, String> options = new java.util.LinkedHashMap<>();
        settings.forEach((key, value) -> {
            String option = names.get(key);
            if (option == null) {
                throw new InvalidInputException(key, "unknown setting; allowed: " + String.join(", ", names.keySet()));
            }
            options.put(option, value instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(value));
        });
        options.putAll(a.options());
        return new Arguments(a.positional(), options);
    }
}
