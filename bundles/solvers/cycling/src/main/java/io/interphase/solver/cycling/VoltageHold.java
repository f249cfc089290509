package io.interphase.solver.cycling;

import io.interphase.api.run.Limits;
import io.interphase.api.run.Progress;
import io.interphase.api.run.Simulation.Recorder;
import io.interphase.api.run.StepEnd;
import io.interphase.api.run.StepEnd.Reason;

/**
 * A constant-voltage step: each sub-step holds the current that gives the voltage at the sub-step's
 * end (backward Euler in the current, so the stiff fast diffusion modes cannot make it oscillate; the
 * voltage falls monotonically with the current). Sub-steps start short, where the current changes
 * fast, and lengthen geometrically.
 */
final class VoltageHold {

    private static final double GROWTH = 1.25;

    private final CyclingSimulation simulation;
    private final double voltage;
    private final Limits limits;

    VoltageHold(CyclingSimulation simulation, double voltage, Limits limits) {
        this.simulation = simulation;
        this.voltage = voltage;
        this.limits = limits;
    }

    StepEnd run(Recorder recorder, Progress progress) {
        CellState state = simulation.state();
        double j = current(state, 0);
        double scale = state.timeScale(j);
        double h = scale / (CyclingSimulation.SUBSTEPS * 100.0);
        double longest = Math.max(scale / CyclingSimulation.SUBSTEPS,
                Double.isFinite(limits.duration()) ? limits.duration() / CyclingSimulation.MAX_SUBSTEPS : 0);
        double t = 0;
        double charge = 0;
        recorder.sample(0, voltage, j);
        while (true) {
            if (Math.abs(j) <= limits.minCurrent()) {
                return new StepEnd(Reason.CURRENT_LIMIT, t, charge, voltage, "");
            }
            if (t >= limits.duration()) {
                return new StepEnd(Reason.DURATION, t, charge, voltage, "");
            }
            if (progress.isCancelled()) {
                return new StepEnd(Reason.CANCELLED, t, charge, voltage, "");
            }
            String cause = state.failure(j);
            if (cause != null) {
                return new StepEnd(Reason.SHORT, t, charge, voltage, cause);
            }
            double dt = Math.min(h, limits.duration() - t);
            j = current(state, dt);
            state.advance(dt, j);
            t += dt;
            charge += j * dt;
            recorder.sample(t, voltage, j);
            h = Math.min(h * GROWTH, longest);
        }
    }

    /** The current density that, held for dt, ends at the held voltage; by bracketing and bisection. */
    private double current(CellState state, double dt) {
        double f0 = after(state, dt, 0) - voltage;
        if (f0 == 0) {
            return 0;
        }
        double sign = f0 > 0 ? 1 : -1;
        double step = 1;
        double far = sign * step;
        for (int k = 0; k < 80 && (after(state, dt, far) - voltage) * sign > 0; k++) {
            step *= 2;
            far = sign * step;
        }
        double near = 0;
        for (int k = 0; k < 100 && Math.abs(far - near) > 1e-12 * Math.abs(far); k++) {
            double mid = 0.5 * (near + far);
            if ((after(state, dt, mid) - voltage) * sign > 0) {
                near = mid;
            } else {
                far = mid;
            }
        }
        return 0.5 * (near + far);
    }

    /** The voltage at the end of dt at current j, leaving the state as it is. */
    private static double after(CellState state, double dt, double j) {
        if (dt == 0) {
            return state.voltage(j);
        }
        CellState trial = state.copy();
        trial.advance(dt, j);
        return trial.voltage(j);
    }
}
