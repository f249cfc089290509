package io.interphase.analysis;

import io.interphase.api.units.Units;
import io.interphase.solver.eis.Spectrum;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Impedance spectra as CSV: one line per frequency, {@code frequency, Z', Z''} in Hz and Ω, Z''
 * signed as measured. A first line that is not numeric is taken as a header; blank lines and
 * {@code #} comments are skipped; commas, semicolons, tabs or spaces separate the columns. A run's
 * {@code impedance.csv} adds the cycle and step counts in columns 4 and 5 and may hold several
 * spectra, one per step: one is fitted at a time, chosen by its step.
 */
public final class SpectrumCsv {

    /** The column of a run's impedance table that holds the step count (1-based). */
    private static final int STEP_COLUMN = 5;

    private SpectrumCsv() {
    }

    /**
     * Reads a file that holds one spectrum.
     *
     * @throws IllegalArgumentException naming the line and column of the first malformed value, or
     *     the steps to choose from when a frequency comes again
     */
    public static Spectrum read(Reader in) throws IOException {
        return read(in, 0);
    }

    /**
     * Reads the spectrum of one step of a run's impedance table, or with {@code step} 0 the file's
     * only spectrum.
     *
     * @throws IllegalArgumentException naming the line and column of the first malformed value, a
     *     step the file does not hold, or the steps to choose from when a frequency comes again
     */
    public static Spectrum read(Reader in, long step) throws IOException {
        List<double[]> rows = new ArrayList<>();
        Set<Long> steps = new TreeSet<>();
        BufferedReader reader = new BufferedReader(in);
        int lineNumber = 0;
        boolean data = false;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] cells = text.split("\\s*[,;\\t ]\\s*");
            if (!data && !isNumber(cells[0])) {
                continue; // the header
            }
            data = true;
            double[] row = row(cells, lineNumber);
            long rowStep = cells.length >= STEP_COLUMN && isNumber(cells[STEP_COLUMN - 1])
                    ? (long) Double.parseDouble(cells[STEP_COLUMN - 1]) : 0;
            if (step > 0 && rowStep == 0) {
                throw new IllegalArgumentException("line " + lineNumber + ", column " + STEP_COLUMN + ": expected a run's "
                        + "step count to choose step " + step + " by, found " + (cells.length >= STEP_COLUMN
                        ? "'" + cells[STEP_COLUMN - 1] + "'" : "no such column"));
            }
            steps.add(rowStep);
            if (step == 0 || rowStep == step) {
                rows.add(new double[] {row[0], row[1], row[2], lineNumber});
            }
        }
        if (step > 0 && rows.isEmpty()) {
            throw new IllegalArgumentException("no spectrum at step " + step + "; this file's spectra are at steps " + steps);
        }
        return spectrum(rows, steps);
    }

    private static Spectrum spectrum(List<double[]> rows, Set<Long> steps) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no impedance data: expected lines of 'frequency, Z', Z''' ");
        }
        Set<Double> seen = new HashSet<>();
        double[] f = new double[rows.size()];
        double[] re = new double[rows.size()];
        double[] im = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            double[] row = rows.get(i);
            if (!seen.add(row[0])) {
                String choose = steps.size() > 1 && !steps.contains(0L)
                        ? " (at steps " + steps + "); choose one by its step"
                        : ", and one is fitted at a time";
                throw new IllegalArgumentException("line " + (int) row[3] + ", column 1: frequency " + Units.format(row[0])
                        + " Hz again; the file holds more than one spectrum" + choose);
            }
            f[i] = row[0];
            re[i] = row[1];
            im[i] = row[2];
        }
        return new Spectrum(f, re, im);
    }

    /** The header of every impedance CSV the workbench writes: a run's {@code impedance.csv} starts the same way. */
    public static final String HEADER = "Frequency / Hz,Z' / Ohm,Z'' / Ohm";

    /** Writes the spectrum in the layout {@link #read} takes, with {@link #HEADER}. */
    public static void write(Spectrum s, Writer out) throws IOException {
        out.write(HEADER + "\n");
        double[] f = s.frequencies();
        double[] re = s.real();
        double[] im = s.imaginary();
        for (int i = 0; i < f.length; i++) {
            out.write(number(f[i]) + "," + number(re[i]) + "," + number(im[i]) + "\n");
        }
        out.flush();
    }

    /** The shortest text that reads back as the same double; an integral value without a decimal point. */
    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
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
        return DataNumbers.finiteOrNull(text) != null;
    }
}
