package io.interphase.solver.cycling;

import io.interphase.api.run.Limits;
import io.interphase.api.run.Progress;
import io.interphase.api.run.Simulation;
import io.interphase.api.run.StepEnd;
import io.interphase.api.run.StepEnd.Reason;
import io.interphase.api.run.Stimulus;
import io.interphase.solver.kinetics.Electrode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hipparchus.complex.Complex;

/**
 * Runs stimuli on a {@link CellState}: constant current and rest in {@value #SUBSTEPS} sub-steps of
 * the step's natural length (each an exact update), constant voltage by solving for the current at
 * every sub-step, a voltage limit or exhaustion located by bisection inside the sub-step that
 * crossed it. A spectrum is the state's impedance about rest at each frequency, the cell resting
 * for one period of each while it is taken.
 */
public final class CyclingSimulation implements Simulation {

    /** Sub-steps (and samples) per step's natural length. */
    static final int SUBSTEPS = 100;
    /**
     * No step takes more sub-steps than this: a step far longer than the cell's time scale ("Rest for 1e9 h")
     * takes longer ones instead. The state's updates are exact for piecewise-constant current (the diffusion
     * modes, the √t interphases, creep), so this costs no accuracy where nothing changes fast.
     */
    static final int MAX_SUBSTEPS = 1_000_000;
    private static final int CANCEL_CHECK_EVERY = 64;

    private CellState state;
    private final double nominalCapacity;
    private final Map<String, String> parameters;

    CyclingSimulation(CellState state, double nominalCapacity, Map<String, String> parameters) {
        this.state = state;
        this.nominalCapacity = nominalCapacity;
        Map<String, String> all = new LinkedHashMap<>(parameters);
        all.put("doubleLayerCapacitance", Electrode.DEFAULT_DOUBLE_LAYER_CAPACITANCE * 100
                + " uF/cm2 per true contact, for spectra (assumption: Electrode.DEFAULT_DOUBLE_LAYER_CAPACITANCE)");
        this.parameters = Map.copyOf(all);
    }

    @Override
    public double nominalCapacity() {
        return nominalCapacity;
    }

    @Override
    public double voltage() {
        return state.voltage(0);
    }

    @Override
    public Map<String, String> parameters() {
        return parameters;
    }

    CellState state() {
        return state;
    }

    @Override
    public StepEnd run(Stimulus stimulus, Recorder recorder, Progress progress) {
        return stimulus.accept(new Stimulus.Visitor<>() {
            @Override
            public StepEnd constantCurrent(Stimulus.ConstantCurrent cc) {
                return CyclingSimulation.this.constantCurrent(cc.currentDensity(), cc.limits(), recorder, progress);
            }

            @Override
            public StepEnd constantVoltage(Stimulus.ConstantVoltage cv) {
                return new VoltageHold(CyclingSimulation.this, cv.voltage(), cv.limits()).run(recorder, progress);
            }

            @Override
            public StepEnd rest(Stimulus.Rest rest) {
                return CyclingSimulation.this.constantCurrent(0, Limits.duration(rest.duration()), recorder, progress);
            }

            @Override
            public StepEnd frequencySweep(Stimulus.FrequencySweep sweep) {
                return spectrum(sweep, recorder, progress);
            }

            @Override
            public StepEnd potentialSweep(Stimulus.PotentialSweep sweep) {
                throw new IllegalArgumentException("the cycling solver answers constant current, constant voltage, "
                        + "rest and impedance spectra, not potential sweeps");
            }
        });
    }

    private StepEnd spectrum(Stimulus.FrequencySweep sweep, Recorder recorder, Progress progress) {
        double duration = 0;
        for (double hz : sweep.frequencies()) {
            Complex z = state.impedance(2 * Math.PI * hz, Electrode.DEFAULT_DOUBLE_LAYER_CAPACITANCE);
            recorder.impedance(hz, z.getReal(), z.getImaginary());
            duration += 1 / hz;
        }
        return constantCurrent(0, Limits.duration(duration), recorder, progress);
    }

    /**
     * A symmetric cell's step that sets no voltage limit stops at ±this many volts, as a cycler's safety limit
     * (its compliance voltage) would stop it: a contact that voids away would otherwise drive the voltage without bound.
     */
    static final double SYMMETRIC_SAFETY_VOLTS = 5;

    private StepEnd constantCurrent(double j, Limits given, Recorder recorder, Progress progress) {
        boolean safety = Double.isNaN(nominalCapacity) && j != 0 && !Double.isFinite(given.minVoltage())
                && !Double.isFinite(given.maxVoltage());
        Limits limits = safety ? given.withMinVoltage(-SYMMETRIC_SAFETY_VOLTS).withMaxVoltage(SYMMETRIC_SAFETY_VOLTS) : given;
        StepEnd end = constantCurrentWithin(j, limits, recorder, progress);
        if (safety && end.reason() == Reason.VOLTAGE_LIMIT && end.detail().isEmpty()) {
            return new StepEnd(end.reason(), end.duration(), end.charge(), end.voltage(), String.format(java.util.Locale.ROOT,
                    "the cell reached the %.0f V safety limit of a symmetric cell (a cycler's compliance voltage)",
                    SYMMETRIC_SAFETY_VOLTS));
        }
        return end;
    }

    private StepEnd constantCurrentWithin(double j, Limits limits, Recorder recorder, Progress progress) {
        recorder.sample(0, state.voltage(j), j);
        // a step that meets its limit at once passes no charge, so it plates no Li that could short
        if (stops(state, j, limits)) {
            return endOf(Reason.VOLTAGE_LIMIT, 0, j, limits);
        }
        String cause = state.failure(j);
        if (cause != null) {
            return new StepEnd(Reason.SHORT, 0, 0, state.voltage(j), cause);
        }
        double end = j == 0 || Double.isNaN(limits.charge()) ? limits.duration()
                : Math.min(limits.duration(), limits.charge() / Math.abs(j));
        double h = Math.min(end, state.timeScale(j)) / SUBSTEPS;
        if (Double.isFinite(end)) {
            h = Math.max(h, end / MAX_SUBSTEPS);
        }
        double t = 0;
        for (long k = 1; t < end; k++) {
            double dt = Math.min(h, end - t);
            CellState before = state.copy();
            state.advance(dt, j);
            double v = state.voltage(j);
            if (voltageReached(v, limits) || state.exhausted(j) != null) {
                dt = crossing(before, dt, j, limits);
                t += dt;
                recorder.sample(t, state.voltage(j), j);
                return endOf(Reason.VOLTAGE_LIMIT, t, j, limits);
            }
            t += dt;
            recorder.sample(t, v, j);
            if (k % CANCEL_CHECK_EVERY == 0 && progress.isCancelled()) {
                return endOf(Reason.CANCELLED, t, j, limits);
            }
        }
        boolean byCharge = !Double.isNaN(limits.charge()) && j != 0 && limits.charge() / Math.abs(j) <= limits.duration();
        return endOf(byCharge ? Reason.CHARGE_LIMIT : Reason.DURATION, t, j, limits);
    }

    private StepEnd endOf(Reason reason, double t, double j, Limits limits) {
        String why = state.exhausted(j);
        String detail = reason == Reason.VOLTAGE_LIMIT && why != null && !voltageReached(state.voltage(j), limits) ? why : "";
        return new StepEnd(reason, t, j * t, state.voltage(j), detail);
    }

    /** True once the voltage reached a limit or the current can flow no longer. */
    static boolean stops(CellState s, double j, Limits limits) {
        return voltageReached(s.voltage(j), limits) || s.exhausted(j) != null;
    }

    static boolean voltageReached(double v, Limits limits) {
        return v <= limits.minVoltage() || v >= limits.maxVoltage();
    }

    /** Bisects for the time within [0, dt] at which the step stops; leaves the state there. */
    private double crossing(CellState before, double dt, double j, Limits limits) {
        double lo = 0;
        double hi = dt;
        // to a millionth of the sub-step (itself a hundredth of the step's time scale): far below any figure reported
        for (int i = 0; i < 60 && hi - lo > 1e-6 * dt; i++) {
            double mid = 0.5 * (lo + hi);
            CellState trial = before.copy();
            trial.advance(mid, j);
            if (stops(trial, j, limits)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        state = before;
        state.advance(hi, j);
        return hi;
    }
}
