package io.interphase.solver.eis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Impedance spectra as CSV: one line per frequency, {@code frequency, Z', Z''} in Hz and Ω, Z''
 * signed as measured. A first line that is not numeric is taken as a header; blank lines and
 * {@code #} comments are skipped; commas, semicolons, tabs or spaces separate the columns. Further
 * columns (a run's cycle and step counts) are ignored; a frequency that comes again starts a second
 * spectrum, which is refused: one spectrum is fitted at a time.
 */
public final class SpectrumCsv {

    private SpectrumCsv() {
    }

    /**
     * @throws IllegalArgumentException naming the line and column of the first malformed value
     */
    public static Spectrum read(Reader in) throws IOException {
        List<double[]> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(in);
        int lineNumber = 0;
        Set<Double> seen = new HashSet<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] cells = text.split("\\s*[,;\\t ]\\s*");
            if (rows.isEmpty() && !isNumber(cells[0])) {
                continue; // the header
            }
            double[] row = row(cells, lineNumber);
            if (!seen.add(row[0])) {
                throw new IllegalArgumentException("line " + lineNumber + ", column 1: frequency " + cells[0]
                        + " Hz again; the file holds more than one spectrum, and one is fitted at a time");
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no impedance data: expected lines of 'frequency, Z', Z''' ");
        }
        double[] f = new double[rows.size()];
        double[] re = new double[rows.size()];
        double[] im = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            f[i] = rows.get(i)[0];
            re[i] = rows.get(i)[1];
            im[i] = rows.get(i)[2];
        }
        return new Spectrum(f, re, im);
    }

    /** Writes the spectrum in the layout {@link #read} takes, with a header line. */
    public static void write(Spectrum s, Writer out) throws IOException {
        out.write("frequency_Hz,Z_real_Ohm,Z_imag_Ohm\n");
        double[] f = s.frequencies();
        double[] re = s.real();
        double[] im = s.imaginary();
        for (int i = 0; i < f.length; i++) {
            out.write(String.format(Locale.ROOT, "%.17g,%.17g,%.17g%n", f[i], re[i], im[i]));
        }
        out.flush();
    }

    private static double[] row(String[] cells, int line) {
        if (cells.length < 3) {
            throw new IllegalArgumentException("line " + line + ": expected 3 columns (frequency, Z', Z''), got "
                    + cells.length);
        }
        double[] values = new double[3];
        for (int c = 0; c < 3; c++) {
            if (!isNumber(cells[c])) {
                throw new IllegalArgumentException("line " + line + ", column " + (c + 1) + ": '" + cells[c]
                        + "' is not a finite number");
            }
            values[c] = Double.parseDouble(cells[c]);
        }
        if (!(values[0] > 0)) {
            throw new IllegalArgumentException("line " + line + ", column 1: frequency must be positive, got " + cells[0]);
        }
        return values;
    }

    private static boolean isNumber(String text) {
        try {
            return Double.isFinite(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
