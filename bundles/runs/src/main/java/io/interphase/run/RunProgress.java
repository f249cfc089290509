package io.interphase.run;

import io.interphase.api.run.Progress;
import io.interphase.api.run.Step;
import java.util.List;

/**
 * A run's progress: how many of the protocol's planned steps are done (repeats counted out, a ramp
 * up to its current bound, GITT as planned pulses), passed on as a fraction with a note to a
 * {@link Progress} that also says whether to stop.
 */
public final class RunProgress implements Progress {

    private final Progress sink;
    private final double planned;
    private double done;

    RunProgress(List<Step> steps, Progress sink) {
        this.sink = sink;
        this.planned = Math.max(1, count(steps));
    }

    void step(Step.Apply a, int currentCycle) {
        done++;
        report(Math.min(1, done / planned), "cycle " + currentCycle + ": " + a.action());
    }

    @Override
    public void report(double fraction, String note) {
        sink.report(fraction, note);
    }

    @Override
    public boolean isCancelled() {
        return sink.isCancelled();
    }

    /** How many stimuli the steps apply, for the progress fraction. */
    static double count(List<Step> steps) {
        double n = 0;
        for (Step s : steps) {
            n += s.accept(COUNT);
        }
        return n;
    }

    private static final Step.Visitor<Double> COUNT = new Step.Visitor<>() {
        @Override
        public Double apply(Step.Apply a) {
            return 1.0;
        }

        @Override
        public Double repeat(Step.Repeat r) {
            // an open-ended GITT counts as the pulses of one full discharge at its rate, if known
            double times = r.untilVoltageLimit() ? gittPulses(r) : r.times();
            return times * count(r.body());
        }

        @Override
        public Double ramp(Step.Ramp ramp) {
            return 2 * (Math.floor((ramp.maxCurrent() - ramp.start()) / ramp.increment()) + 1);
        }
    };

    private static double gittPulses(Step.Repeat r) {
        if (r.body().get(0) instanceof Step.Apply a && a.cRate() > 0
                && a.stimulus() instanceof io.interphase.api.run.Stimulus.ConstantCurrent cc) {
            return Math.min(r.times(), Math.ceil(3600 / a.cRate() / cc.limits().duration()));
        }
        return r.times();
    }
}
