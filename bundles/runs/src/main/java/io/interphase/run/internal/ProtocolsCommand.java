package io.interphase.run.internal;

import io.interphase.api.run.Exporter;
import io.interphase.api.run.Protocol;
import io.interphase.api.run.Solver;
import io.interphase.launch.Command;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code workbench protocols}: the protocol lines the installed {@link Protocol} services read, each with an
 * example, and the solvers and exporters a recipe may name. What {@code run --help} prints after its usage.
 *
 * <p>Lifecycle: none; stateless.
 */
@Component(service = {Command.class, ProtocolsCommand.class}, property = Command.NAME + "=protocols")
public final class ProtocolsCommand implements Command {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<Protocol> protocols;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<Solver> solvers;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<Exporter> exporters;

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty() && !args.equals(List.of("--help"))) {
            err.println("usage: workbench protocols   (the protocol lines, solvers and outputs installed now)");
            return Command.USAGE;
        }
        out.print(describe());
        return 0;
    }

    /** The installed protocols' grammar, then the solvers and the outputs, as text. */
    String describe() {
        StringBuilder b = new StringBuilder("protocol lines (one per line of \"protocol\"; keywords in any case; currents as"
                + " C-rates or per area, times in s, min, h):\n");
        for (Protocol p : protocols.stream().sorted(Comparator.comparing(Protocol::id)).toList()) {
            String g = p.grammar();
            b.append("  ").append(g.isEmpty() ? p.id() + " (says nothing of its grammar)" : g).append('\n');
        }
        b.append("solvers (\"solver\"; without one, the best suited): ").append(solvers.stream()
                .map(s -> s.id() + " " + s.capabilities().toString().toLowerCase(java.util.Locale.ROOT))
                .sorted().collect(Collectors.joining(", "))).append('\n');
        b.append("outputs (\"outputs\"; without them, all): ").append(exporters.stream().map(Exporter::formatId).sorted()
                .collect(Collectors.joining(", "))).append('\n');
        return b.toString();
    }
}
