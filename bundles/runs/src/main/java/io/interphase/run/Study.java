package io.interphase.run;

import io.interphase.api.run.Result;
import io.interphase.api.run.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The study's experiments as a set of recipes: {@code runs/eN-<experiment>-<layer>.json} and
 * {@code kinetics/<layer>.json} (E1) under one folder, the layers named by the kinetics files. What a
 * run reports is flattened into named figures for the study's tables.
 */
public final class Study {

    /** One recipe of the study: its experiment ("e3-ccd", "e1-kinetics"), its layer and its file. */
    public record Entry(String experiment, String layer, Path file) {
    }

    private Study() {
    }

    /** Every recipe of the folder, by experiment then layer, the layers in the order given. */
    public static List<Entry> entries(Path folder) throws IOException {
        Path kinetics = folder.resolve("kinetics");
        Path runs = folder.resolve("runs");
        if (!Files.isDirectory(kinetics) || !Files.isDirectory(runs)) {
            throw new IllegalArgumentException("--recipes: " + folder + " must hold kinetics/ and runs/ (as sample-models/ does)");
        }
        List<String> layers = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (Path f : json(kinetics)) {
            String layer = stem(f);
            layers.add(layer);
            entries.add(new Entry("e1-kinetics", layer, f));
        }
        // the longest layer name a file ends with: "sc-20-nano" before "sc"
        List<String> longestFirst = layers.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (Path f : json(runs)) {
            String stem = stem(f);
            longestFirst.stream().filter(l -> stem.endsWith("-" + l)).findFirst().ifPresent(layer ->
                    entries.add(new Entry(stem.substring(0, stem.length() - layer.length() - 1), layer, f)));
        }
        entries.sort(Comparator.comparing(Entry::experiment).thenComparing(e -> layers.indexOf(e.layer())));
        return entries;
    }

    /** The layers in the study's order (bare Li first, then by the kinetics files' names). */
    public static List<String> layers(List<Entry> entries) {
        return entries.stream().map(Entry::layer).distinct().sorted(Comparator.comparing((String l) -> !l.equals("bare-li"))
                .thenComparing(l -> l)).toList();
    }

    /**
     * A run's figures: the summary's numbers, a map's entries flattened ("capacity_mAh_g.30C"; of retention only
     * the last cycle's), the first spectrum's high- and low-frequency resistance, and how it ended.
     */
    public static Map<String, Object> figures(Result result) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : result.summary().entrySet()) {
            String key = e.getKey();
            Object v = e.getValue();
            if (key.equals("end")) {
                out.put(key, v);
            } else if (v instanceof Number n && !key.equals("cycles")) {
                out.put(key, n.doubleValue());
            } else if (v instanceof Map<?, ?> map && key.equals("retention")) {
                map.entrySet().stream().reduce((a, b) -> b).ifPresent(last -> out.put("retention.cycle_" + last.getKey(), last.getValue()));
            } else if (v instanceof Map<?, ?> map) {
                map.forEach((k, x) -> out.put(key + "." + k, x));
            } else if (v instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> first) {
                first.forEach((k, x) -> {
                    if (x instanceof Double d && k.toString().endsWith("_real")) {
                        out.put(key + "." + k, d);
                    }
                });
            }
        }
        out.put("cycles", result.summary().get("cycles"));
        return out;
    }

    /** The sweep of a run's last step from its time series, for a Tafel fit: voltage (V) and current density (mA/cm²). */
    public static Map<String, Object> lastSweep(Result result, double area) {
        Table t = result.table("timeseries");
        double[] step = t.column("Step Count").values();
        double[] v = t.column("Voltage").values();
        double[] i = t.column("Current").values();
        double last = step.length == 0 ? 0 : step[step.length - 1];
        List<Double> voltage = new ArrayList<>();
        List<Double> current = new ArrayList<>();
        for (int k = 0; k < step.length; k++) {
            if (step[k] == last) {
                voltage.add(v[k]);
                current.add(i[k] / area / 10); // A/m² to mA/cm²
            }
        }
        return Map.of("voltage", voltage, "currentDensity", current);
    }

    private static List<Path> json(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static String stem(Path f) {
        return f.getFileName().toString().replaceFirst("\\.json$", "");
    }
}
