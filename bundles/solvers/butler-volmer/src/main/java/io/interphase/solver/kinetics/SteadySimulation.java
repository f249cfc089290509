package io.interphase.solver.kinetics;

import io.interphase.api.cell.CellProperties;
import io.interphase.api.cell.Constituent;
import io.interphase.api.cell.LayerProperties;
import io.interphase.api.run.Progress;
import io.interphase.api.run.Simulation;
import io.interphase.api.run.StepEnd;
import io.interphase.api.run.Stimulus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A symmetric cell answered at steady state, for potential sweeps and rests. The steady current is
 * the right answer for a sweep slow next to the electrodes' charging time R_ct·C_dl (about a
 * millisecond for bare Li | LPSCl with 10 µF/cm²), which any Tafel sweep in volts per second or slower
 * is. The model has no memory: between steps the cell is at open circuit, 0 V.
 */
public final class SteadySimulation implements Simulation {

    /** A sweep is recorded at one sample per millivolt. */
    static final double SAMPLE_SPACING = 1e-3;
    /** At most this many samples per sweep, however wide. */
    static final int MAX_SAMPLES = 20_001;

    private final SymmetricCell cell;

    public SteadySimulation(SymmetricCell cell) {
        this.cell = cell;
    }

    /**
     * True if the cell has the shape of a symmetric cell, metal | (layer) | electrolyte | (layer) | metal:
     * three to five layers, the first and the last of one and the same material.
     * {@link CellKinetics#symmetric} checks the layers' roles when a run starts.
     */
    public static boolean fits(CellProperties cell) {
        List<LayerProperties> layers = cell.layers();
        int n = layers.size();
        if (n < 3 || n > 5) {
            return false;
        }
        List<Constituent> first = layers.get(0).layer().constituents();
        List<Constituent> last = layers.get(n - 1).layer().constituents();
        return first.size() == 1 && last.size() == 1 && first.get(0).material().equals(last.get(0).material());
    }

    public SymmetricCell cell() {
        return cell;
    }

    /** A symmetric cell has no cathode, so no capacity: C-rates do not apply. */
    @Override
    public double nominalCapacity() {
        return Double.NaN;
    }

    @Override
    public double voltage() {
        return 0;
    }

    /** Answers a {@link Stimulus.PotentialSweep} or a {@link Stimulus.Rest}. */
    @Override
    public StepEnd run(Stimulus stimulus, Recorder recorder, Progress progress) {
        if (stimulus instanceof Stimulus.PotentialSweep sweep) {
            return sweep(sweep, recorder, progress);
        }
        if (stimulus instanceof Stimulus.Rest rest) {
            recorder.sample(0, 0, 0);
            recorder.sample(rest.duration(), 0, 0);
            return new StepEnd(StepEnd.Reason.DURATION, rest.duration(), 0, 0, "");
        }
        throw new IllegalArgumentException("a steady symmetric cell answers potential sweeps and rests, not "
                + stimulus.getClass().getSimpleName());
    }

    private StepEnd sweep(Stimulus.PotentialSweep sweep, Recorder recorder, Progress progress) {
        double span = sweep.to() - sweep.from();
        int n = (int) Math.min(MAX_SAMPLES, Math.max(3, Math.ceil(Math.abs(span) / SAMPLE_SPACING - 1e-9) + 1));
        double charge = 0;
        double lastTime = 0;
        double lastCurrent = 0;
        for (int i = 0; i < n; i++) {
            double v = sweep.from() + span * i / (n - 1);
            double time = Math.abs(v - sweep.from()) / sweep.rate();
            double j = cell.current(v);
            charge += i == 0 ? 0 : (time - lastTime) * (j + lastCurrent) / 2;
            recorder.sample(time, v, j);
            lastTime = time;
            lastCurrent = j;
            if (progress.isCancelled()) {
                return new StepEnd(StepEnd.Reason.CANCELLED, time, charge, v, "");
            }
        }
        return new StepEnd(StepEnd.Reason.DURATION, sweep.duration(), charge, sweep.to(), "");
    }

    /** The kinetic parameters the sweep follows from, for a run's provenance. */
    @Override
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        double t = cell.temperature();
        p.put("temperature", format(t, "K"));
        p.put("electrolyte area resistance", format(cell.electrolyteResistance() * 1e4, "Ohm cm2"));
        p.put("first electrode charge-transfer resistance", format(cell.first().lowFieldResistance() * 1e4, "Ohm cm2"));
        p.put("first electrode effective i0", format(cell.first().effectiveExchangeCurrentDensity(t) / 10, "mA/cm2"));
        p.put("second electrode charge-transfer resistance", format(cell.second().lowFieldResistance() * 1e4, "Ohm cm2"));
        p.put("second electrode effective i0", format(cell.second().effectiveExchangeCurrentDensity(t) / 10, "mA/cm2"));
        return p;
    }

    private static String format(double value, String unit) {
        return String.format(Locale.ROOT, "%.6g %s", value, unit);
    }
}
