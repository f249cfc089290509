package io.interphase.analysis;

import io.interphase.api.FieldError;
import io.interphase.api.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BioLogic EC-Lab text exports ({@code .mpt}): a first line {@code EC-Lab ASCII FILE}, a line
 * {@code Nb header lines : N}, N header lines of which the last names the tab-separated columns
 * ({@code freq/Hz}, {@code Re(Z)/Ohm}, {@code -Im(Z)/Ohm}, {@code time/s}, {@code Ecell/V},
 * {@code I/mA}, {@code cycle number}, ...), then one row per line. EC-Lab writes decimal commas in
 * some locales; they are read as points.
 */
public final class MptFile {

    static final String MAGIC = "EC-Lab ASCII FILE";
    private static final Pattern HEADER_LINES = Pattern.compile("Nb header lines\\s*:\\s*(\\d+)");

    private MptFile() {
    }

    public static boolean looksLikeMpt(String text) {
        return text.stripLeading().startsWith(MAGIC);
    }

    /** @throws InvalidInputException naming the line and column of the first malformed value */
    public static DataTable read(String text) {
        String[] lines = text.split("\r?\n", -1);
        if (!looksLikeMpt(text)) {
            throw error(1, 1, "expected '" + MAGIC + "' on the first line of a BioLogic .mpt file");
        }
        int headerLines = -1;
        for (int i = 1; i < Math.min(lines.length, 5) && headerLines < 0; i++) {
            Matcher m = HEADER_LINES.matcher(lines[i]);
            if (m.find()) {
                headerLines = Integer.parseInt(m.group(1));
            }
        }
        if (headerLines < 2 || headerLines > lines.length) {
            throw error(2, 1, "expected 'Nb header lines : N' with N the number of header lines, up to the column names");
        }
        List<String> names = new ArrayList<>(Arrays.asList(lines[headerLines - 1].split("\t")));
        names.replaceAll(String::strip);
        while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
            names.remove(names.size() - 1);
        }
        if (names.isEmpty()) {
            throw error(headerLines, 1, "expected the tab-separated column names on header line " + headerLines);
        }
        List<double[]> rows = new ArrayList<>();
        for (int i = headerLines; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split("\t");
            if (cells.length < names.size()) {
                throw error(i + 1, cells.length + 1, "expected " + names.size() + " tab-separated values ("
                        + String.join(", ", names) + "), got " + cells.length);
            }
            double[] row = new double[names.size()];
            for (int c = 0; c < names.size(); c++) {
                row[c] = number(cells[c], i + 1, c + 1, names.get(c));
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw error(headerLines + 1, 1, "no data rows after the header");
        }
        List<double[]> columns = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            double[] column = new double[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                column[r] = rows.get(r)[c];
            }
            columns.add(column);
        }
        return new DataTable(names, columns);
    }

    private static double number(String cell, int line, int column, String name) {
        String text = cell.strip();
        if (text.indexOf('.') < 0) {
            text = text.replace(',', '.');
        }
        Double v = DataNumbers.finiteOrNull(text);
        if (v == null) {
            throw error(line, column, "'" + cell.strip() + "' in column '" + name + "' is not a finite number");
        }
        return v;
    }

    static InvalidInputException error(int line, int column, String message) {
        return new InvalidInputException(List.of(new FieldError("line " + line + ", column " + column, message)));
    }
}
