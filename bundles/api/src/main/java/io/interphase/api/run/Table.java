package io.interphase.api.run;

import java.util.List;
import java.util.Objects;

/** Named columns of equal length ("timeseries", "cycles"). */
public record Table(String name, List<Column> columns) {
    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (columns.stream().mapToInt(c -> c.values().length).distinct().count() > 1) {
            throw new IllegalArgumentException("the columns of table " + name + " must have equal lengths");
        }
    }

    /** Number of rows. */
    public int rows() {
        return columns.isEmpty() ? 0 : columns.get(0).values().length;
    }

    /** The column with this name. */
    public Column column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("table " + this.name + " has no column " + name));
    }
}
