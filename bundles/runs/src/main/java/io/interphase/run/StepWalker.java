package io.interphase.run;

import io.interphase.api.run.Limits;
import io.interphase.api.run.Progress;
import io.interphase.api.run.FieldFrame;
import io.interphase.api.run.Simulation;
import io.interphase.api.run.Step;
import io.interphase.api.run.StepEnd;
import io.interphase.api.run.Stimulus;
import java.util.List;

/**
 * Walks a protocol's steps on one simulation: repeats and ramps unrolled as they run, cycles counted,
 * every sample and step end handed to the {@link Recording}. A cycle begins when a current flows in the
 * direction of the run's first current after the opposite direction has flowed: "Charge; Discharge"
 * repeated, "Plate; Strip" in a ramp, a rate test's pairs. The walk stops at a failure or when
 * cancelled.
 */
final class StepWalker {

    private final Simulation simulation;
    private final Recording recording;
    private final RunProgress progress;
    private int cycle = 1;
    private int firstSign;
    private boolean oppositeSeen;
    private long stepCount;
    private double time;
    private StepEnd stop;
    /** The end of the step last applied. */
    private StepEnd last;
    private double stopCurrent = Double.NaN;
    /** Why steps ended before their own limits (the cell could go no further), the first few, and how many. */
    private final List<String> notes = new java.util.ArrayList<>();
    private int noteCount;
    private static final int MAX_NOTES = 5;

    StepWalker(Simulation simulation, Recording recording, RunProgress progress) {
        this.simulation = simulation;
        this.recording = recording;
        this.progress = progress;
    }

    /** Runs the steps until they end, the cell fails or the run is cancelled. */
    void walk(List<Step> steps) {
        for (Step s : steps) {
            if (!walk(s)) {
                break;
            }
        }
        recording.cycleEnded(cycle, true);
    }

    /** The step end that stopped the run (a failure or cancellation), or null if the protocol completed. */
    StepEnd stop() {
        return stop;
    }

    /** Why steps ended before their own limits: the first few lines, then how many more there were. */
    List<String> notes() {
        List<String> all = new java.util.ArrayList<>(notes);
        if (noteCount > notes.size()) {
            all.add("and " + (noteCount - notes.size()) + " more steps so");
        }
        return all;
    }

    /** |current density| of the step that failed, A/m² (NaN if none). */
    double stopCurrent() {
        return stopCurrent;
    }

    double time() {
        return time;
    }

    /** False when the run must stop. */
    private boolean walk(Step step) {
        return step.accept(walking);
    }

    /** Walks each kind of step; false when the run must stop. */
    private final Step.Visitor<Boolean> walking = new Step.Visitor<>() {
        @Override
        public Boolean apply(Step.Apply a) {
            last = StepWalker.this.apply(a);
            return last != null;
        }

        @Override
        public Boolean repeat(Step.Repeat r) {
            for (long i = 0; i < r.times(); i++) {
                for (Step s : r.body()) {
                    if (!walk(s)) {
                        return false;
                    }
                    // GITT's "until 3.0 V": a pulse of its own body that stopped on the voltage limit ends it
                    if (r.untilVoltageLimit() && s instanceof Step.Apply && last.reason() == StepEnd.Reason.VOLTAGE_LIMIT) {
                        return true;
                    }
                }
            }
            return true;
        }

        @Override
        public Boolean ramp(Step.Ramp ramp) {
            for (int k = 0; ; k++) {
                double j = ramp.start() + k * ramp.increment();
                if (j > ramp.maxCurrent() * (1 + 1e-12)) {
                    return true;
                }
                Limits half = Limits.NONE.withCharge(ramp.chargePerHalfCycle());
                if (StepWalker.this.apply(new Step.Apply("Plate", new Stimulus.ConstantCurrent(-j, half), Double.NaN)) == null
                        || StepWalker.this.apply(new Step.Apply("Strip", new Stimulus.ConstantCurrent(j, half), Double.NaN)) == null) {
                    return false;
                }
            }
        }
    };

    /** Runs one stimulus; null when the run must stop. */
    private StepEnd apply(Step.Apply a) {
        // checked here too: a solver checks only within long steps, and a long run can be all short ones
        if (progress.isCancelled()) {
            stop = new StepEnd(StepEnd.Reason.CANCELLED, 0, 0, simulation.voltage(), "cancelled before " + a.action());
            return null;
        }
        int direction = direction(a.stimulus());
        countCycle(direction);
        stepCount++;
        double start = time;
        int c = cycle;
        long n = stepCount;
        progress.step(a, c);
        StepEnd end = simulation.run(a.stimulus(), new Simulation.Recorder() {
            @Override
            public void sample(double t, double v, double j) {
                recording.sample(start + t, v, j, c, n);
            }

            @Override
            public void impedance(double frequency, double real, double imaginary) {
                recording.impedance(frequency, real, imaginary, c, n);
            }

            @Override
            public void field(FieldFrame frame) {
                recording.field(frame.at(start + frame.time()));
            }
        }, progress);
        time += end.duration();
        if (!end.failed() && end.reason() != StepEnd.Reason.CANCELLED && !end.detail().isEmpty()) {
            // the step stopped because the cell could go no further (Li used up, a cathode full): say so, once per kind
            String note = String.format(java.util.Locale.ROOT, "step %d (cycle %d) ended after %.4g s: %s", n, c,
                    end.duration(), end.detail());
            if (noteCount++ < MAX_NOTES) {
                notes.add(note);
            }
        }
        recording.stepEnded(end, a.cRate(), direction > 0 ? commandedCurrent(a.stimulus()) : Double.NaN);
        if (end.failed() || end.reason() == StepEnd.Reason.CANCELLED) {
            stop = end;
            stopCurrent = a.stimulus() instanceof Stimulus.ConstantCurrent cc ? Math.abs(cc.currentDensity()) : Double.NaN;
            return null;
        }
        return end;
    }

    /** The current density a constant-current step asks for, A/m²; NaN for other steps. */
    private static double commandedCurrent(Stimulus s) {
        return s instanceof Stimulus.ConstantCurrent cc ? Math.abs(cc.currentDensity()) : Double.NaN;
    }

    private int direction(Stimulus s) {
        if (s instanceof Stimulus.ConstantCurrent cc) {
            return (int) Math.signum(cc.currentDensity());
        }
        if (s instanceof Stimulus.ConstantVoltage cv) {
            return (int) -Math.signum(cv.voltage() - simulation.voltage());
        }
        return 0;
    }

    private void countCycle(int sign) {
        if (sign == 0) {
            return;
        }
        if (firstSign == 0) {
            firstSign = sign;
        } else if (sign == firstSign && oppositeSeen) {
            recording.cycleEnded(cycle, false);
            cycle++;
            oppositeSeen = false;
        }
        if (sign == -firstSign) {
            oppositeSeen = true;
        }
    }
}
