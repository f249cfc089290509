package io.interphase.solver.eis.internal;

import io.interphase.api.run.Progress;
import io.interphase.api.run.Simulation;
import io.interphase.api.run.StepEnd;
import io.interphase.api.run.Stimulus;
import io.interphase.solver.eis.CellImpedance;
import io.interphase.solver.kinetics.SteadySimulation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hipparchus.complex.Complex;

/**
 * A symmetric cell's impedance about rest ({@link CellImpedance}) for a run's EIS steps; sweeps and
 * rests go to the steady cell it wraps. A spectrum takes, in the run's time, one period of each
 * frequency: the least an instrument needs.
 */
final class ImpedanceSimulation implements Simulation {

    private final SteadySimulation steady;
    private final double doubleLayerCapacitance;

    ImpedanceSimulation(SteadySimulation steady, double doubleLayerCapacitance) {
        this.steady = steady;
        this.doubleLayerCapacitance = doubleLayerCapacitance;
    }

    @Override
    public double nominalCapacity() {
        return steady.nominalCapacity();
    }

    @Override
    public double voltage() {
        return steady.voltage();
    }

    @Override
    public StepEnd run(Stimulus stimulus, Recorder recorder, Progress progress) {
        if (!(stimulus instanceof Stimulus.FrequencySweep sweep)) {
            return steady.run(stimulus, recorder, progress);
        }
        double time = 0;
        for (double hz : sweep.frequencies()) {
            if (progress.isCancelled()) {
                return new StepEnd(StepEnd.Reason.CANCELLED, time, 0, voltage(), "");
            }
            Complex z = CellImpedance.areaSpecific(steady.cell(), 2 * Math.PI * hz, doubleLayerCapacitance);
            recorder.impedance(hz, z.getReal(), z.getImaginary());
            time += 1 / hz;
        }
        recorder.sample(0, voltage(), 0);
        recorder.sample(time, voltage(), 0);
        return new StepEnd(StepEnd.Reason.DURATION, time, 0, voltage(), "");
    }

    @Override
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>(steady.parameters());
        p.put("double-layer capacitance", doubleLayerCapacitance * 100 + " uF/cm2 per true contact area (assumption: "
                + "CellImpedance.DEFAULT_DOUBLE_LAYER_CAPACITANCE)");
        return p;
    }
}
