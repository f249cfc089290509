package io.interphase.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Named columns of numbers read from an instrument file, as the file names them ("freq/Hz"). */
public record DataTable(List<String> names, List<double[]> columns) {
    public DataTable {
        names = List.copyOf(names);
        columns = List.copyOf(columns);
        if (names.size() != columns.size()) {
            throw new IllegalArgumentException("names and columns differ in number");
        }
    }

    /** The first column whose name matches one of the candidates, ignoring case and surrounding {@code <>}. */
    public Optional<double[]> column(String... candidates) {
        for (String candidate : candidates) {
            for (int i = 0; i < names.size(); i++) {
                if (normal(names.get(i)).equals(normal(candidate))) {
                    return Optional.of(columns.get(i).clone());
                }
            }
        }
        return Optional.empty();
    }

    public int rows() {
        return columns.isEmpty() ? 0 : columns.get(0).length;
    }

    private static String normal(String name) {
        return name.strip().replace("<", "").replace(">", "").toLowerCase(Locale.ROOT);
    }
}
