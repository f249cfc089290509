package io.interphase.solver.kinetics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.cell.Cell;
import io.interphase.api.cell.Layer;
import io.interphase.api.run.Limits;
import io.interphase.api.run.Progress;
import io.interphase.api.run.StepEnd;
import io.interphase.api.run.Stimulus;
import io.interphase.cell.internal.CellModelComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** A run's potential sweep on the steady symmetric cell: the steady current at each voltage, charge counted. */
class SteadySimulationTest {

    private static final Progress ON = progress(Integer.MAX_VALUE);

    private static Progress progress(int callsBeforeCancel) {
        int[] calls = {0};
        return new Progress() {
            @Override
            public void report(double fraction, String note) {
            }

            @Override
            public boolean isCancelled() {
                return ++calls[0] > callsBeforeCancel;
            }
        };
    }

    @Test
    void aSweepRecordsTheSteadyCurrentAtEachMillivoltAndCountsItsCharge() {
        SymmetricCell cell = StudyCells.kinetics("llzto-nano", 0.2);
        SteadySimulation sim = new SteadySimulation(cell);
        List<double[]> samples = new ArrayList<>();
        StepEnd end = sim.run(new Stimulus.PotentialSweep(-0.1, 0.2, 1e-3), (t, v, j) -> samples.add(new double[] {t, v, j}), ON);
        assertEquals(StepEnd.Reason.DURATION, end.reason());
        assertEquals(300, end.duration(), 1e-9);
        assertEquals(301, samples.size(), "one sample per millivolt, both ends");
        double charge = 0;
        for (int i = 0; i < samples.size(); i++) {
            double[] s = samples.get(i);
            assertEquals(s[1] + 0.1, s[0] * 1e-3, 1e-12, "time follows the voltage at 1 mV/s");
            assertEquals(cell.current(s[1]), s[2], 1e-12 * Math.abs(s[2]) + 1e-15);
            if (i > 0) {
                double[] p = samples.get(i - 1);
                charge += (s[0] - p[0]) * (s[2] + p[2]) / 2;
                assertTrue(s[2] > p[2], "current rises with voltage");
            }
        }
        assertEquals(charge, end.charge(), 1e-12 * Math.abs(charge));
        assertEquals(0, samples.get(100)[2], 1e-15, "no current at 0 V");
        assertEquals(0, sim.voltage(), "no memory: open circuit after the step");
        assertTrue(Double.isNaN(sim.nominalCapacity()), "a symmetric cell has no capacity");
    }

    @Test
    void aCancelledSweepStopsWhereItWas() {
        SteadySimulation sim = new SteadySimulation(StudyCells.kinetics("llzto-nano", 0.2));
        StepEnd end = sim.run(new Stimulus.PotentialSweep(0, 0.3, 1e-3), (t, v, j) -> { }, progress(10));
        assertEquals(StepEnd.Reason.CANCELLED, end.reason());
        assertTrue(end.duration() < 20, "stopped after some ten samples: " + end.duration());
    }

    @Test
    void restIsOpenCircuitAndAConstantCurrentIsRefusedByName() {
        SteadySimulation sim = new SteadySimulation(StudyCells.kinetics("llzto-micro", 0.2));
        List<double[]> samples = new ArrayList<>();
        StepEnd rest = sim.run(new Stimulus.Rest(600), (t, v, j) -> samples.add(new double[] {t, v, j}), ON);
        assertEquals(600, rest.duration());
        assertTrue(samples.stream().allMatch(s -> s[1] == 0 && s[2] == 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sim.run(new Stimulus.ConstantCurrent(10, Limits.NONE.withCharge(1)), (t, v, j) -> { }, ON));
        assertTrue(e.getMessage().contains("ConstantCurrent"), e.getMessage());
    }

    @Test
    void onlyAMetalEndedCellOfThreeToFiveLayersFits() {
        assertTrue(SteadySimulation.fits(StudyCells.symmetric("llzto-nano", 0.2, StudyCells.MINUS_5_C)));
        assertTrue(SteadySimulation.fits(StudyCells.symmetric("llzto-nano", -1, StudyCells.MINUS_5_C)));
        Cell twoLayers = new Cell("half", 0.785e-4, 298.15, OptionalDouble.empty(),
                List.of(Layer.of("li-metal", 20e-6), Layer.of("lpscl", 500e-6)));
        assertFalse(SteadySimulation.fits(new CellModelComponent().evaluate(twoLayers, StudyCells.MATERIALS)));
    }
}
