package io.interphase.run.internal;

import io.interphase.api.material.Material;
import io.interphase.api.material.Property;
import io.interphase.api.units.Units;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The study's {@code report.html}, self-contained: per experiment a table of every figure per layer and
 * each run's plot inline, then every assumption of the materials with its source, and the wall time.
 */
final class StudyPage {

    /** The plot each experiment is shown with. */
    private static final Map<String, String> PLOTS = Map.of("e1", "impedance.svg", "e2", "impedance.svg", "e3", "voltage.svg",
            "e4", "voltage.svg", "e5", "capacity.svg", "e6", "retention.svg", "e7", "retention.svg");

    private StudyPage() {
    }

    /**
     * @param tables experiment to layer to figures
     * @param runs experiment to layer to the run's folder
     */
    static String html(Map<String, Map<String, Map<String, Object>>> tables, Map<String, Map<String, Path>> runs,
            List<String> layers, Collection<Material> materials, double wallSeconds, int cores) throws IOException {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Interphase study</title><style>body{font-family:sans-serif;margin:2em;max-width:1200px}"
                + "table{border-collapse:collapse;margin:0.5em 0 1.5em}td,th{border:1px solid #bbb;padding:3px 8px;"
                + "text-align:right;font-size:13px}th{background:#eee}td:first-child,th:first-child{text-align:left}"
                + ".plots{display:flex;flex-wrap:wrap;gap:8px}.plots figure{margin:0;width:380px}.plots svg{width:100%;height:auto}"
                + "figcaption{font-size:12px}</style></head><body>\n<h1>Interphase study</h1>\n");
        h.append(String.format(Locale.ROOT, "<p>%d recipes, %d layers, %.1f s wall time on %d cores. Every figure is predicted "
                + "from the materials' parameters; the assumptions are listed at the end.</p>%n",
                runs.values().stream().mapToInt(Map::size).sum(), layers.size(), wallSeconds, cores));
        for (Map.Entry<String, Map<String, Map<String, Object>>> e : tables.entrySet()) {
            h.append("<h2>").append(escape(e.getKey())).append("</h2>\n").append(table(e.getValue(), layers));
            String plot = PLOTS.get(e.getKey().substring(0, Math.min(2, e.getKey().length())));
            if (plot != null) {
                h.append("<div class=\"plots\">\n");
                for (String layer : layers) {
                    Path folder = runs.getOrDefault(e.getKey(), Map.of()).get(layer);
                    if (folder != null && Files.exists(folder.resolve(plot))) {
                        String svg = Files.readString(folder.resolve(plot)).replaceFirst("<\\?xml[^>]*>", "");
                        h.append("<figure>").append(svg).append("<figcaption>").append(escape(layer)).append("</figcaption></figure>\n");
                    }
                }
                h.append("</div>\n");
            }
        }
        h.append("<h2>Assumptions</h2>\n<table><tr><th>material</th><th>property</th><th>value (25 °C)</th><th>source</th>"
                + "<th>why an assumption</th></tr>\n");
        for (Material m : materials) {
            for (Property p : m.properties()) {
                if (p.isAssumption()) {
                    h.append("<tr><td>").append(escape(m.id())).append("</td><td>").append(escape(p.key().name())).append("</td><td>")
                            .append(Units.format(p.key().toDisplay(p.at(298.15)))).append(' ').append(escape(p.key().displayUnit()))
                            .append("</td><td style=\"text-align:left\">").append(escape(p.source()))
                            .append("</td><td style=\"text-align:left\">").append(escape(p.assumption())).append("</td></tr>\n");
                }
            }
        }
        return h.append("</table>\n</body></html>\n").toString();
    }

    /** Layers as rows, the union of their figures as columns. */
    static String table(Map<String, Map<String, Object>> byLayer, List<String> layers) {
        Set<String> columns = new LinkedHashSet<>();
        byLayer.values().forEach(f -> columns.addAll(f.keySet()));
        StringBuilder t = new StringBuilder("<table><tr><th>layer</th>");
        columns.forEach(c -> t.append("<th>").append(escape(c)).append("</th>"));
        t.append("</tr>\n");
        for (String layer : layers) {
            Map<String, Object> f = byLayer.get(layer);
            if (f == null) {
                continue;
            }
            t.append("<tr><td>").append(escape(layer)).append("</td>");
            columns.forEach(c -> t.append("<td>").append(escape(text(f.get(c)))).append("</td>"));
            t.append("</tr>\n");
        }
        return t.append("</table>\n").toString();
    }

    static String text(Object v) {
        if (v == null) {
            return "–";
        }
        if (v instanceof Double d) {
            return Double.isFinite(d) ? String.format(Locale.ROOT, "%.4g", d) : "–";
        }
        return v.toString();
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
