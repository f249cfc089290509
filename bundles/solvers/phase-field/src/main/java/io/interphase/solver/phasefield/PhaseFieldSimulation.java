package io.interphase.solver.phasefield;

import io.interphase.api.run.Column;
import io.interphase.api.run.Limits;
import io.interphase.api.run.Progress;
import io.interphase.api.run.Simulation;
import io.interphase.api.run.StepEnd;
import io.interphase.api.run.Stimulus;
import io.interphase.api.run.Table;
import io.interphase.api.units.Units;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A phase-field run: constant-current and rest steps on the {@link PhaseFieldModel}, with field snapshots at the
 * options' interval (or 20 a step) and at each step's end, and the deposition metrics at each snapshot.
 */
final class PhaseFieldSimulation implements Simulation {

    /** Snapshots a step takes when the options give no interval. */
    static final int FRAMES_PER_STEP = 20;
    /** The most snapshots one step takes, whatever the interval asks. */
    static final int MAX_FRAMES_PER_STEP = 200;
    /** The snapshot interval of a step without a duration (until a charge or a voltage), s. */
    static final double OPEN_STEP_INTERVAL = 60;

    private final PhaseFieldModel model;
    private final PhaseFieldOptions options;
    private final double[] start;
    private final Map<String, String> parameters;
    private final List<double[]> rows = new ArrayList<>();
    private double time;
    private double charge;
    private long steps;
    private long wallNanos;
    private double voltage;
    private Double shortTime;
    private Metrics last;

    PhaseFieldSimulation(PhaseFieldModel model, PhaseFieldOptions options) {
        this.model = model;
        this.options = options;
        this.start = model.s.clone();
        this.parameters = new LinkedHashMap<>(model.d.parameters);
        this.last = new Metrics(Double.NaN, Double.NaN, Double.NaN, 0, 0, false);
    }

    @Override
    public double nominalCapacity() {
        return Double.NaN;
    }

    @Override
    public double voltage() {
        return voltage;
    }

    @Override
    public StepEnd run(Stimulus stimulus, Recorder recorder, Progress progress) {
        return stimulus.accept(new Stimulus.Visitor<>() {
            @Override
            public StepEnd constantCurrent(Stimulus.ConstantCurrent c) {
                return integrate(c.currentDensity(), c.limits(), recorder, progress);
            }

            @Override
            public StepEnd constantVoltage(Stimulus.ConstantVoltage c) {
                throw unanswered("a voltage hold");
            }

            @Override
            public StepEnd rest(Stimulus.Rest r) {
                return integrate(0, Limits.duration(r.duration()), recorder, progress);
            }

            @Override
            public StepEnd frequencySweep(Stimulus.FrequencySweep f) {
                throw unanswered("an impedance sweep");
            }

            @Override
            public StepEnd potentialSweep(Stimulus.PotentialSweep p) {
                throw unanswered("a potential sweep");
            }
        });
    }

    private static IllegalArgumentException unanswered(String what) {
        return new IllegalArgumentException("the phase-field solver answers constant-current and rest steps, not " + what);
    }

    private StepEnd integrate(double current, Limits limits, Recorder recorder, Progress progress) {
        long t0 = System.nanoTime();
        double duration = limits.duration();
        double interval = options.fieldsEvery() > 0 ? Math.max(options.fieldsEvery(), duration / MAX_FRAMES_PER_STEP)
                : Double.isFinite(duration) ? duration / FRAMES_PER_STEP : OPEN_STEP_INTERVAL;
        double stepStart = time;
        double chargeStart = charge;
        double nextFrame = 0;
        StepEnd end = null;
        try {
            while (end == null) {
                double t = time - stepStart;
                if (t >= nextFrame - 1e-9 * interval) {
                    snapshot(recorder, t);
                    nextFrame += interval;
                }
                if (progress.isCancelled()) {
                    end = new StepEnd(StepEnd.Reason.CANCELLED, t, charge - chargeStart, voltage, "cancelled at "
                            + seconds(time));
                    break;
                }
                double dt = model.step(current, Math.min(duration - t, nextFrame - t));
                time += dt;
                charge += current * dt;
                steps++;
                t = time - stepStart;
                voltage = model.potentials.voltage(current);
                recorder.sample(t, voltage, current);
                end = limit(limits, t, charge - chargeStart, current);
                if (end == null && model.topReached()) {
                    shortTime = time;
                    end = new StepEnd(StepEnd.Reason.SHORT, t, charge - chargeStart, voltage, "short: Li crossed the "
                            + PhaseFieldOptions.um(options.electrolyte()) + " um of electrolyte above the interlayer at "
                            + seconds(time));
                }
                report(progress, t, duration, t0);
            }
        } finally {
            wallNanos += System.nanoTime() - t0;
        }
        snapshot(recorder, time - stepStart);
        return end;
    }

    private StepEnd limit(Limits limits, double t, double stepCharge, double current) {
        if (current != 0 && !Double.isNaN(limits.minVoltage()) && voltage <= limits.minVoltage()) {
            return new StepEnd(StepEnd.Reason.VOLTAGE_LIMIT, t, stepCharge, voltage, "");
        }
        if (current != 0 && !Double.isNaN(limits.maxVoltage()) && voltage >= limits.maxVoltage()) {
            return new StepEnd(StepEnd.Reason.VOLTAGE_LIMIT, t, stepCharge, voltage, "");
        }
        if (!Double.isNaN(limits.charge()) && Math.abs(stepCharge) >= Math.abs(limits.charge()) * (1 - 1e-12)) {
            return new StepEnd(StepEnd.Reason.CHARGE_LIMIT, t, stepCharge, voltage, "");
        }
        if (t >= limits.duration() * (1 - 1e-12)) {
            return new StepEnd(StepEnd.Reason.DURATION, t, stepCharge, voltage, "");
        }
        return null;
    }

    private void report(Progress progress, double t, double duration, long t0) {
        if (!Double.isFinite(duration)) {
            progress.report(0, "t = " + seconds(time));
            return;
        }
        double done = t / duration;
        double left = done > 0 ? (System.nanoTime() - t0) / 1e9 * (1 - done) / done : Double.NaN;
        progress.report(done, "t = " + seconds(time) + (Double.isNaN(left) ? "" : ", about " + Math.round(left)
                + " s left"));
    }

    private static String seconds(double t) {
        return Units.format(Math.round(t * 1000) / 1000.0) + " s";
    }

    /** A snapshot of the fields, at step time t, and a row of the metrics. */
    private void snapshot(Recorder recorder, double t) {
        last = Metrics.of(model.d, model.s, start, options.interfaceThickness());
        rows.add(new double[] {time, voltage, -charge, last.inside(), last.atInterface(), last.inElectrolyte(),
            last.penetration() * 1e6, last.roughness() * 1e6});
        recorder.field(model.frame(t));
    }

    @Override
    public Map<String, String> parameters() {
        return parameters;
    }

    @Override
    public Map<String, Object> figures() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("li_inside_layer_fraction", finite(last.inside()));
        f.put("li_at_interface_fraction", finite(last.atInterface()));
        f.put("li_in_electrolyte_fraction", finite(last.inElectrolyte()));
        f.put("max_penetration_um", last.penetration() * 1e6);
        f.put("front_roughness_um", last.roughness() * 1e6);
        f.put("short_time_s", shortTime);
        f.put("li_mass_balance_error", massBalanceError());
        f.put("grid", model.d.nx + " x " + model.d.ny + " cells of " + PhaseFieldOptions.um(model.d.h) + " um");
        f.put("steps", steps);
        f.put("solver_wall_time_s", wallNanos / 1e9);
        return f;
    }

    /** (Li gained − charge plated / F) / (charge plated / F); NaN before any charge passed. */
    double massBalanceError() {
        double plated = -charge / Units.FARADAY; // mol/m², plating is a negative current
        double gained = (model.lithium() - model.lithium(start)) * model.p.molarDensity();
        return plated == 0 ? Double.NaN : (gained - plated) / plated;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    @Override
    public List<Table> tables() {
        String[][] names = {{"time", "s"}, {"voltage", "V"}, {"charge_plated", "C/m2"}, {"li_inside_layer_fraction", "1"},
            {"li_at_interface_fraction", "1"}, {"li_in_electrolyte_fraction", "1"}, {"max_penetration", "um"},
            {"front_roughness", "um"}};
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < names.length; c++) {
            double[] v = new double[rows.size()];
            for (int r = 0; r < v.length; r++) {
                v[r] = rows.get(r)[c];
            }
            columns.add(new Column(names[c][0], names[c][1], v));
        }
        return List.of(new Table("deposition", columns));
    }
}
