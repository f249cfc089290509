package io.interphase.api.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run produced: tables ("timeseries", "cycles"), the summary (scalar or map results, the unit
 * in the key as in {@code ccd_mA_cm2}) and metadata (recipe, bundle versions, parameters with
 * sources, timings), and the field snapshots of a spatially resolved solver in time order. Maps keep their
 * insertion order; values may be null (not reached).
 */
public record Result(List<Table> tables, Map<String, Object> summary, Map<String, Object> metadata,
        List<FieldFrame> fields) {
    public Result {
        tables = List.copyOf(tables);
        fields = List.copyOf(fields);
        summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** A result without fields. */
    public Result(List<Table> tables, Map<String, Object> summary, Map<String, Object> metadata) {
        this(tables, summary, metadata, List.of());
    }

    /** The table with this name. */
    public Table table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table named " + name));
    }
}
