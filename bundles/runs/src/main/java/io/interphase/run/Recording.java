package io.interphase.run;

import io.interphase.api.run.Column;
import io.interphase.api.run.FieldFrame;
import io.interphase.api.run.StepEnd;
import io.interphase.api.run.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run keeps: the time series (every sample of the first ten cycles, of cycles 20, 50, 100,
 * 200, 500, … and of the last; the end of each step otherwise, so long runs stay small; and of one step
 * at most {@value #MAX_STEP_ROWS} rows, evenly thinned, its first and last always kept, so that memory is
 * bounded whatever a step's length) and one row
 * per cycle. Columns carry Battery Data Format names. Current is positive on discharge; Net Capacity is charged
 * minus discharged, as the format defines it. Polarization
 * (the largest |voltage| while current flows) is kept for cells without a cathode, where the voltage is
 * all polarization. Impedance spectra, when a protocol takes them, are kept whole, in ohms of the cell.
 */
final class Recording {

    private final double area;
    private final double activeMass;
    private final DoubleList[] series = lists(6);
    private final DoubleList[] pending = lists(6);
    private final DoubleList[] cycles = lists(10);
    private final DoubleList[] spectra = lists(5);
    private final List<FieldFrame> fields = new ArrayList<>();
    private double netCharge;
    private double lastTime;
    /** The rows of the pending cycle kept when it is not kept in full: each step's first and last sample. */
    private final DoubleList stepBounds = new DoubleList();
    /** The pending row where the current step began. */
    private int stepFirst;
    private CycleTotals totals = new CycleTotals();
    /** Samples of the current step seen, and the stride at which they are kept (doubles at each thinning). */
    private long stepSamples;
    private long stride = 1;
    /** The latest sample not kept, so a step's last one can still be; null once kept. */
    private double[] skipped;

    /** The most rows one step keeps. */
    static final int MAX_STEP_ROWS = 20_000;

    /** Charge and discharge passed in the cycle so far, C/m², and its largest |voltage|, V. */
    static final class CycleTotals {
        double start = Double.NaN;
        double charge;
        double discharge;
        double maxVoltage;
        double dischargeCurrent = Double.NaN;
        double cRate = Double.NaN;
    }

    /**
     * @param area cell area, m²
     * @param activeMass the cathode's active material, kg (NaN for a cell without one)
     */
    Recording(double area, double activeMass) {
        this.area = area;
        this.activeMass = activeMass;
    }

    void sample(double time, double voltage, double currentDensity, int cycle, long step) {
        netCharge += currentDensity * (time - lastTime);
        lastTime = time;
        if (Double.isNaN(totals.start)) {
            totals.start = time;
        }
        if (currentDensity != 0) {
            totals.maxVoltage = Math.max(totals.maxVoltage, Math.abs(voltage));
        }
        // Net Capacity as the Battery Data Format defines it: charged minus discharged (the current is positive on discharge)
        double[] row = {time, voltage, currentDensity * area, cycle, step, -netCharge * area / 3600};
        if (stepSamples++ % stride != 0) {
            skipped = row;
            return;
        }
        skipped = null;
        add(row);
        if (pending[0].size() - stepFirst > MAX_STEP_ROWS) {
            // keep the step's samples 0, 2·stride, 4·stride, ...: the step stays within MAX_STEP_ROWS rows
            for (DoubleList l : pending) {
                l.keepEveryOther(stepFirst);
            }
            stride *= 2;
        }
    }

    private void add(double[] row) {
        for (int c = 0; c < row.length; c++) {
            pending[c].add(row[c]);
        }
    }

    /** One point of a spectrum, Z per area in Ω·m². */
    void impedance(double frequency, double real, double imaginary, int cycle, long step) {
        double[] row = {frequency, real / area, imaginary / area, cycle, step};
        for (int c = 0; c < row.length; c++) {
            spectra[c].add(row[c]);
        }
    }

    /** A field snapshot, its time from the start of the run. */
    void field(FieldFrame frame) {
        fields.add(frame);
    }

    /** The field snapshots in time order. */
    List<FieldFrame> fields() {
        return List.copyOf(fields);
    }

    /** The spectra's points so far. */
    int impedancePoints() {
        return spectra[0].size();
    }

    /** A column of the spectra: 0 frequency (Hz), 1 Z' (Ω), 2 Z'' (Ω), 3 cycle, 4 step. */
    double impedanceValue(int column, int row) {
        return spectra[column].get(row);
    }

    /**
     * Books a finished step into its cycle; its first and last samples are kept even for a cycle not kept
     * in full, so a plot of such a cycle still draws each step's level, not a line from end to end.
     * A discharge that passed nothing still books its C-rate and current: its capacity there is zero.
     *
     * @param dischargeCurrent the current density a discharge step asked for, A/m² (NaN for a charge,
     *     rest or hold, or when the step did not say)
     */
    void stepEnded(StepEnd end, double cRate, double dischargeCurrent) {
        if (!Double.isNaN(dischargeCurrent) || end.charge() > 0) {
            totals.discharge += end.charge();
            totals.dischargeCurrent = end.charge() > 0 ? end.charge() / end.duration() : dischargeCurrent;
            totals.cRate = cRate;
        } else {
            totals.charge -= end.charge();
        }
        if (skipped != null) {
            add(skipped); // the step's last sample is always kept
            skipped = null;
        }
        stepSamples = 0;
        stride = 1;
        int last = pending[0].size() - 1;
        if (last >= stepFirst) {
            stepBounds.add(stepFirst);
            if (last > stepFirst) {
                stepBounds.add(last);
            }
        }
        stepFirst = pending[0].size();
    }

    /** Closes cycle {@code n}: its samples go to the series (all, or each step's first and last) and its row to the cycles. */
    void cycleEnded(int n, boolean last) {
        if (keepsAll(n) || last) {
            for (int r = 0; r < pending[0].size(); r++) {
                copyRow(r);
            }
        } else {
            for (int k = 0; k < stepBounds.size(); k++) {
                copyRow((int) stepBounds.get(k));
            }
        }
        for (DoubleList l : pending) {
            l.clear();
        }
        stepBounds.clear();
        stepFirst = 0;
        if (!Double.isNaN(totals.start)) {
            double specific = totals.discharge * area / 3.6 / (activeMass * 1e3);
            double[] row = {n, totals.start, totals.charge * area / 3600, totals.discharge * area / 3600, specific,
                    totals.charge > 0 ? totals.discharge / totals.charge : Double.NaN, Double.NaN,
                    Double.isNaN(activeMass) ? totals.maxVoltage * 1000 : Double.NaN, Math.abs(totals.dischargeCurrent) / 10, totals.cRate};
            for (int c = 0; c < row.length; c++) {
                cycles[c].add(row[c]);
            }
        }
        totals = new CycleTotals();
    }

    /** Cycles 1–10 and 1, 2, 5 × 10^k. */
    static boolean keepsAll(int n) {
        if (n <= 10) {
            return true;
        }
        int m = n;
        while (m % 10 == 0) {
            m /= 10;
        }
        return m == 1 || m == 2 || m == 5;
    }

    private void copyRow(int r) {
        for (int c = 0; c < series.length; c++) {
            series[c].add(pending[c].get(r));
        }
    }

    /** Rows of the cycles table so far. */
    int cycleCount() {
        return cycles[0].size();
    }

    double cycleValue(String column, int row) {
        return cycles[CYCLE_COLUMNS.indexOf(column)].get(row);
    }

    static final List<String> CYCLE_COLUMNS = List.of("Cycle Count", "Start Time", "Charge Capacity", "Discharge Capacity",
            "Specific Discharge Capacity", "Coulombic Efficiency", "Retention", "Polarization", "Current Density", "C-rate");
    private static final List<String> CYCLE_UNITS = List.of("", "s", "Ah", "Ah", "mAh/g", "", "", "mV", "mA/cm2", "");

    List<Table> tables(double[] retention) {
        List<Column> ts = List.of(new Column("Test Time", "s", series[0].toArray()), new Column("Voltage", "V", series[1].toArray()),
                new Column("Current", "A", series[2].toArray()), new Column("Cycle Count", "", series[3].toArray()),
                new Column("Step Count", "", series[4].toArray()), new Column("Net Capacity", "Ah", series[5].toArray()));
        Column[] cs = new Column[CYCLE_COLUMNS.size()];
        for (int c = 0; c < cs.length; c++) {
            double[] values = CYCLE_COLUMNS.get(c).equals("Retention") ? retention : cycles[c].toArray();
            cs[c] = new Column(CYCLE_COLUMNS.get(c), CYCLE_UNITS.get(c), values);
        }
        List<Table> tables = new java.util.ArrayList<>(List.of(new Table("timeseries", ts), new Table("cycles", List.of(cs))));
        if (impedancePoints() > 0) {
            // frequency, Z', Z'' first: the layout `analyze eis` and other impedance tools read
            tables.add(new Table("impedance", List.of(new Column("Frequency", "Hz", spectra[0].toArray()),
                    new Column("Z'", "Ohm", spectra[1].toArray()), new Column("Z''", "Ohm", spectra[2].toArray()),
                    new Column("Cycle Count", "", spectra[3].toArray()), new Column("Step Count", "", spectra[4].toArray()))));
        }
        return tables;
    }

    private static DoubleList[] lists(int n) {
        DoubleList[] l = new DoubleList[n];
        for (int i = 0; i < n; i++) {
            l[i] = new DoubleList();
        }
        return l;
    }
}
