package io.interphase.analysis.internal;

import io.interphase.analysis.EisAnalysis;
import io.interphase.analysis.InstrumentFiles;
import io.interphase.analysis.TafelAnalysis;
import io.interphase.api.InvalidInputException;
import io.interphase.api.units.Dimension;
import io.interphase.json.Json;
import io.interphase.launch.Command;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * {@code workbench analyze eis|tafel FILE ...}: fits a measured spectrum or sweep and prints the
 * report as JSON on stdout. Stateless.
 */
@Component(service = Command.class, property = Command.NAME + "=analyze")
public final class AnalyzeCommand implements Command {

    static final String USAGE = """
            usage: workbench analyze eis FILE --circuit 'R0-p(R1,CPE1)' [--initial R0=10,R1=100] [--weighting unit|modulus|proportional]
                                         [--step N]   (the spectrum of step N of a run's impedance.csv)
                                         [--inductive keep|drop]   (drop the points with Z'' > 0; default keep)
                   workbench analyze tafel FILE --area 0.785cm2 [--temperature -5degC] [--electrodes 2|1]
                                         [--max-voltage 0.3V] [--series-resistance 50ohm]
              FILE: impedance CSV (frequency, Z', Z''), a sweep (voltage, current) or a BioLogic .mpt export""";

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        return CommandSupport.eisOrTafel(args, err, USAGE, rest -> eis(rest, out), rest -> tafel(rest, out));
    }

    private static void eis(List<String> rest, PrintStream out) throws IOException {
        Arguments a = Arguments.parse(rest, Set.of("circuit", "initial", "weighting", "step", "inductive"));
        String text = CommandSupport.read(a.positional(0, "FILE"));
        long step = a.integer("step", 0, 1, Integer.MAX_VALUE);
        var spectrum = EisAnalysis.inductive(InstrumentFiles.spectrum(text, step), a.options().get("inductive"), "--inductive");
        out.println(Json.write(EisAnalysis.analyze(spectrum, a.required("circuit", "'R0-p(R1,CPE1)'"),
                a.assignments("initial"), EisAnalysis.weighting(a.options().getOrDefault("weighting", "modulus")))));
    }

    private static void tafel(List<String> rest, PrintStream out) throws IOException {
        Arguments a = Arguments.parse(rest, Set.of("area", "temperature", "electrodes", "max-voltage", "series-resistance"));
        String text = CommandSupport.read(a.positional(0, "FILE"));
        double area = a.quantity("area", Dimension.AREA, null, "cm2");
        if (!(area > 0)) {
            throw new InvalidInputException("--area", "required and positive, for example --area 0.785cm2");
        }
        double kelvin = a.quantity("temperature", Dimension.TEMPERATURE, "25 degC", "degC");
        double rs = a.quantity("series-resistance", Dimension.RESISTANCE, null, "Ohm") * area;
        double vmax = a.options().containsKey("max-voltage") ? a.quantity("max-voltage", Dimension.VOLTAGE, null, "V")
                : Double.POSITIVE_INFINITY;
        out.println(Json.write(TafelAnalysis.analyze(InstrumentFiles.sweep(text, area), kelvin,
                a.integer("electrodes", 2, 1, 2), rs, vmax)));
    }
}
