package io.interphase.console.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.interphase.api.analysis.Analysis;
import io.interphase.api.run.Exporter;
import io.interphase.api.run.Protocol;
import io.interphase.api.run.Solver;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * {@code GET /api/services}: the live solvers, protocols, exporters and analyses, each with the bundle that offers
 * it, read from the service registry at the moment of the request. A service whose id cannot be read (its method
 * throws) is listed with its bundle and the error, not left to fail the list.
 */
final class ServicesJson {

    private ServicesJson() {
    }

    static JsonObject of(BundleContext context) {
        JsonObject o = new JsonObject();
        o.add("solvers", list(context, Solver.class, Solver::id));
        o.add("protocols", list(context, Protocol.class, Protocol::id));
        o.add("exporters", list(context, Exporter.class, Exporter::formatId));
        o.add("analyses", list(context, Analysis.class, a -> null));
        return o;
    }

    /** One line per solver, protocol or exporter whose id cannot be read: it is left out wherever it would be used. */
    static List<String> broken(BundleContext context) {
        List<String> lines = new ArrayList<>();
        JsonObject all = of(context);
        for (String kind : List.of("solvers", "protocols", "exporters")) {
            for (var e : all.getAsJsonArray(kind)) {
                JsonObject item = e.getAsJsonObject();
                if (item.has("error")) {
                    lines.add(kind.substring(0, kind.length() - 1) + " of " + (item.has("bundle") ? item.get("bundle").getAsString()
                            + " " + item.get("version").getAsString() : "an unknown bundle") + " is left out: "
                            + item.get("error").getAsString());
                }
            }
        }
        return lines;
    }

    private static <S> JsonArray list(BundleContext context, Class<S> type, Function<S, String> id) {
        JsonArray list = new JsonArray();
        Collection<ServiceReference<S>> refs;
        try {
            refs = context.getServiceReferences(type, null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (ServiceReference<S> ref : refs) {
            JsonObject item = new JsonObject();
            Object name = ref.getProperty(Analysis.NAME);
            S service = context.getService(ref);
            try {
                String value = service == null ? null : id.apply(service);
                item.addProperty("id", value != null ? value : name == null ? null : name.toString());
            } catch (RuntimeException e) {
                item.addProperty("error", "its id could not be read: " + e);
            } finally {
                if (service != null) {
                    context.ungetService(ref);
                }
            }
            if (ref.getBundle() != null) {
                item.addProperty("bundle", ref.getBundle().getSymbolicName());
                item.addProperty("version", ref.getBundle().getVersion().toString());
            }
            list.add(item);
        }
        return list;
    }
}
