package io.interphase.solver.eis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.run.Progress;
import io.interphase.api.run.Simulation;
import io.interphase.api.run.StepEnd;
import io.interphase.api.run.Stimulus;
import io.interphase.solver.eis.CellImpedance;
import io.interphase.solver.kinetics.ButlerVolmer;
import io.interphase.solver.kinetics.Electrode;
import io.interphase.solver.kinetics.SteadySimulation;
import io.interphase.solver.kinetics.SymmetricCell;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run's EIS step: the cell's predicted spectrum, point by point, with its limits. */
class ImpedanceSimulationTest {

    private static final double T = 268.15;
    private static final ButlerVolmer BV = new ButlerVolmer(2.91, 0.5, T);
    private static final Progress ON = new Progress() {
        @Override
        public void report(double fraction, String note) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    @Test
    void theSpectrumRunsFromTheBulkToTheDcResistanceAndTakesOnePeriodPerFrequency() {
        SymmetricCell bare = new SymmetricCell(new Electrode.Face(BV, 1), 0.009, new Electrode.Face(BV, 1), T);
        Simulation sim = new ImpedanceSimulation(new SteadySimulation(bare), CellImpedance.DEFAULT_DOUBLE_LAYER_CAPACITANCE);
        List<double[]> points = new ArrayList<>();
        Simulation.Recorder recorder = new Simulation.Recorder() {
            @Override
            public void sample(double time, double voltage, double currentDensity) {
            }

            @Override
            public void impedance(double frequency, double real, double imaginary) {
                points.add(new double[] {frequency, real, imaginary});
            }
        };
        double[] hz = {1e9, 1e3, 1e-5};
        StepEnd end = sim.run(new Stimulus.FrequencySweep(hz, 0.01), recorder, ON);
        assertEquals(3, points.size());
        assertEquals(1e9, points.get(0)[0], "in the order asked");
        assertEquals(0.009, points.get(0)[1], 1e-3 * 0.009, "bulk at high frequency");
        double dc = 0.009 + 2 * BV.chargeTransferResistance();
        assertEquals(dc, points.get(2)[1], 1e-4 * dc, "bulk and both charge-transfer resistances at low frequency");
        assertTrue(points.get(1)[2] < 0, "capacitive in between");
        assertEquals(1e-9 + 1e-3 + 1e5, end.duration(), 1e-6);
        assertEquals(0, end.charge(), "no net charge");
    }
}
