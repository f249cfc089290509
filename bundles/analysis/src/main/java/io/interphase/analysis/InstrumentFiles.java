package io.interphase.analysis;

import io.interphase.api.FieldError;
import io.interphase.api.InvalidInputException;
import io.interphase.api.units.Dimension;
import io.interphase.api.units.Quantity;
import io.interphase.api.units.UnitException;
import io.interphase.api.units.Units;
import io.interphase.solver.eis.Spectrum;
import io.interphase.solver.kinetics.Sweep;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the files a researcher brings: an impedance spectrum as CSV ({@code frequency, Z', Z''},
 * header optional, Z'' signed as measured) or a BioLogic {@code .mpt} export, and a steady
 * voltage/current sweep as two columns or a {@code .mpt} export. The format is told from the content.
 */
public final class InstrumentFiles {

    /** "Current (mA)", "I/mA", "Current density [mA/cm2]": the unit in brackets, or after the first slash. */
    private static final Pattern UNIT = Pattern.compile(".*?(?:\\((.+)\\)|\\[(.+)]|/(.+))\\s*");

    private InstrumentFiles() {
    }

    /** @throws InvalidInputException naming the line and column of a malformed value, or a missing column */
    public static Spectrum spectrum(String text) {
        return spectrum(text, 0);
    }

    /**
     * One spectrum of a run's impedance table by its step count; with {@code step} 0, the file's only
     * spectrum (a CSV or a BioLogic export).
     *
     * @throws InvalidInputException naming the line and column of a malformed value, a missing column
     *     or a step the file does not hold
     */
    public static Spectrum spectrum(String text, long step) {
        if (MptFile.looksLikeMpt(text)) {
            if (step > 0) {
                throw new InvalidInputException("--step", "chooses a spectrum of a run's impedance.csv; this is a BioLogic export");
            }
            DataTable t = MptFile.read(text);
            double[] f = required(t, "freq/Hz");
            double[] re = required(t, "Re(Z)/Ohm");
            double[] minusIm = required(t, "-Im(Z)/Ohm");
            double[] im = new double[minusIm.length];
            for (int i = 0; i < im.length; i++) {
                im[i] = -minusIm[i];
            }
            return checked(() -> new Spectrum(f, re, im));
        }
        return checked(() -> {
            try {
                return SpectrumCsv.read(new StringReader(text), step);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * A sweep as cell voltage (V) and current density (A/m²). A {@code .mpt} file gives Ewe or Ecell and
     * I in mA; two columns give voltage and current with units from an optional header (volts and
     * amperes without one). A current density column ("mA/cm2") needs no area.
     *
     * @param area the electrode area, m², that turns a current into a current density
     */
    public static Sweep sweep(String text, double area) {
        if (MptFile.looksLikeMpt(text)) {
            DataTable t = MptFile.read(text);
            double[] v = t.column("Ewe/V", "Ecell/V").orElseThrow(() -> missing("Ewe/V or Ecell/V", t));
            double[] i;
            double scale;
            if (t.column("I/mA").isPresent()) {
                i = t.column("I/mA").get();
                scale = 1e-3;
            } else {
                i = t.column("I/A").orElseThrow(() -> missing("I/mA or I/A", t));
                scale = 1;
            }
            for (int k = 0; k < i.length; k++) {
                i[k] *= scale / area;
            }
            return checked(() -> new Sweep(v, i));
        }
        return twoColumns(text, area);
    }

    private static Sweep twoColumns(String text, double area) {
        String[] lines = text.split("\r?\n", -1);
        double voltageScale = 1;
        double currentScale = 1 / area;
        List<double[]> rows = new ArrayList<>();
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\s*[,;\\t]\\s*|\\s+");
            if (rows.isEmpty() && !isNumber(cells[0])) {
                String[] header = line.split("\\s*[,;\\t]\\s*");
                if (header.length < 2) {
                    throw MptFile.error(n + 1, 1, "expected a header of two columns, voltage and current, separated by a comma");
                }
                voltageScale = voltageScale(header[0], n + 1);
                currentScale = currentScale(header[1], n + 1, area);
                continue;
            }
            if (cells.length < 2) {
                throw MptFile.error(n + 1, 2, "expected two values, voltage and current, got one");
            }
            double v = number(cells[0], n + 1, 1);
            double i = number(cells[1], n + 1, 2);
            rows.add(new double[] {v * voltageScale, i * currentScale});
        }
        if (rows.isEmpty()) {
            throw MptFile.error(1, 1, "no sweep data: expected lines of 'voltage, current'");
        }
        double[] v = rows.stream().mapToDouble(r -> r[0]).toArray();
        double[] j = rows.stream().mapToDouble(r -> r[1]).toArray();
        return checked(() -> new Sweep(v, j));
    }

    /** Amperes per cell area, or a current density as it stands; amperes when the header names no unit. */
    private static double currentScale(String header, int line, double area) {
        Quantity unit = unit(header, line, 2, Dimension.CURRENT, Dimension.CURRENT_DENSITY);
        if (unit == null) {
            return 1 / area;
        }
        return unit.dimension().equals(Dimension.CURRENT) ? unit.si() / area : unit.si();
    }

    /** Volts per unit of the header; 1 when it names none. */
    private static double voltageScale(String header, int line) {
        Quantity unit = unit(header, line, 1, Dimension.VOLTAGE);
        return unit == null ? 1 : unit.si();
    }

    /** The unit named in a column header, which must have one of the allowed dimensions; null when it names none. */
    private static Quantity unit(String header, int line, int column, Dimension... allowed) {
        Matcher m = UNIT.matcher(header);
        if (!m.matches()) {
            return null;
        }
        String unit = (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)).strip();
        try {
            Quantity q = Units.parse("1 " + unit);
            if (java.util.Arrays.asList(allowed).contains(q.dimension())) {
                return q;
            }
        } catch (UnitException e) {
            // reported below
        }
        throw MptFile.error(line, column, "the unit '" + unit + "' of column '" + header + "' is not a "
                + allowed[0].describe() + " (" + Units.example(allowed[0]) + ")"
                + (allowed.length > 1 ? " or a " + allowed[1].describe() + " (" + Units.example(allowed[1]) + ")" : ""));
    }

    private static boolean isNumber(String s) {
        return DataNumbers.finiteOrNull(s) != null;
    }

    private static double number(String s, int line, int column) {
        Double v = DataNumbers.finiteOrNull(s);
        if (v == null) {
            throw MptFile.error(line, column, "'" + s + "' is not a finite number");
        }
        return v;
    }

    private static double[] required(DataTable t, String name) {
        return t.column(name).orElseThrow(() -> missing(name, t));
    }

    private static InvalidInputException missing(String name, DataTable t) {
        return new InvalidInputException(List.of(new FieldError("columns", "the file has no column " + name
                + "; its columns: " + String.join(", ", t.names()))));
    }

    /** Runs a reader, turning its IllegalArgumentException (which names line and column) into a field error. */
    private static <T> T checked(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidInputException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new FieldError("data", e.getMessage())));
        }
    }
}
