package io.interphase.api.run;

import java.util.List;
import java.util.Map;

/**
 * What a run produced: columns of equal length, scalar metrics by name (unit in the name, as in
 * {@code ccd_mA_cm2}), and metadata (recipe, bundle versions, parameters with sources, timings).
 */
public record Result(List<Column> columns, Map<String, Object> metrics, Map<String, Object> metadata) {
    public Result {
        columns = List.copyOf(columns);
        metrics = Map.copyOf(metrics);
        metadata = Map.copyOf(metadata);
        long lengths = columns.stream().mapToInt(c -> c.values().length).distinct().count();
        if (lengths > 1) {
            throw new IllegalArgumentException("result columns must have equal lengths");
        }
    }
}
