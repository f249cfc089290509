package io.interphase.solver.cycling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.material.OcvCurve;
import io.interphase.api.run.Limits;
import io.interphase.api.run.Progress;
import io.interphase.api.run.StepEnd;
import io.interphase.api.run.Stimulus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FullCellTest {

    static final Progress NONE = new Progress() {
        @Override
        public void report(double fraction, String note) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
    static final double LOADING = 1.48e-2;

    static CyclingSimulation cell() {
        return CyclingCells.start(Cells.full("llzto-nano", 0.2, LOADING), Cells.MATERIALS);
    }

    static StepEnd run(CyclingSimulation s, Stimulus stimulus) {
        return s.run(stimulus, (t, v, j) -> { }, NONE);
    }

    static OcvCurve ocv() {
        return Cells.MATERIALS.find("lco-lzo").orElseThrow().ocv().orElseThrow();
    }

    @Test
    void oneCIsTheStudysArithmetic() {
        // 1.48 mg/cm2 × 135 mAh/g = 0.1998 mAh/cm2, so 1C = 0.1998 mA/cm2
        assertEquals(0.1998e-3 * 3600 * 1e4, cell().nominalCapacity(), 1e-6 * 7192.8);
    }

    @Test
    void zeroCurrentKeepsTheOcv() {
        CyclingSimulation s = cell();
        run(s, new Stimulus.ConstantCurrent(-2 * s.nominalCapacity() / 3600, Limits.duration(1800)));
        run(s, new Stimulus.Rest(1e6));
        FullCellState state = (FullCellState) s.state();
        double y = state.lithiation();
        assertEquals(ocv().voltage(y), s.voltage(), 1e-9);
        List<Double> voltages = new ArrayList<>();
        s.run(new Stimulus.Rest(3600), (t, v, j) -> voltages.add(v), NONE);
        assertEquals(y, state.lithiation(), 0);
        voltages.forEach(v -> assertEquals(ocv().voltage(y), v, 1e-9));
    }

    @Test
    void chargeCountedEqualsChargePassed() {
        CyclingSimulation s = cell();
        double y0 = ((FullCellState) s.state()).lithiation();
        double theoretical = LOADING * 274 * 3.6e3;
        double passed = 0;
        passed += run(s, new Stimulus.ConstantCurrent(-1 * s.nominalCapacity() / 3600, Limits.NONE.withMaxVoltage(4.2))).charge();
        passed += run(s, new Stimulus.Rest(600)).charge();
        passed += run(s, new Stimulus.ConstantCurrent(2 * s.nominalCapacity() / 3600, Limits.NONE.withMinVoltage(3.0))).charge();
        assertEquals(passed / theoretical, ((FullCellState) s.state()).lithiation() - y0, 1e-12);
    }

    @Test
    void theVoltageLimitIsMetWhereTheStepStops() {
        CyclingSimulation s = cell();
        StepEnd charge = run(s, new Stimulus.ConstantCurrent(-s.nominalCapacity() / 3600, Limits.NONE.withMaxVoltage(4.2)));
        assertEquals(StepEnd.Reason.VOLTAGE_LIMIT, charge.reason());
        assertEquals(4.2, charge.voltage(), 1e-6);
    }

    @Test
    void aSlowerRateNeverGivesLessCapacity() {
        double previous = Double.POSITIVE_INFINITY;
        for (double rate : new double[] {0.05, 0.1, 0.5, 1, 2, 5, 10, 30, 50}) {
            CyclingSimulation s = cell();
            double oneC = s.nominalCapacity() / 3600;
            run(s, new Stimulus.ConstantCurrent(-0.05 * oneC, Limits.NONE.withMaxVoltage(4.2)));
            run(s, new Stimulus.Rest(3e5));
            double q = run(s, new Stimulus.ConstantCurrent(rate * oneC, Limits.NONE.withMinVoltage(3.0))).charge();
            assertTrue(q <= previous * (1 + 1e-9), rate + "C gave " + q + " > " + previous);
            assertTrue(q > 0);
            previous = q;
        }
    }

    @Test
    void aVoltageHoldTapersTheCurrentToItsBound() {
        CyclingSimulation s = cell();
        double oneC = s.nominalCapacity() / 3600;
        run(s, new Stimulus.ConstantCurrent(-oneC, Limits.NONE.withMaxVoltage(4.2)));
        List<Double> currents = new ArrayList<>();
        StepEnd hold = s.run(new Stimulus.ConstantVoltage(4.2, Limits.NONE.withMinCurrent(0.05 * oneC)),
                (t, v, j) -> currents.add(j), NONE);
        assertEquals(StepEnd.Reason.CURRENT_LIMIT, hold.reason());
        for (int i = 1; i < currents.size(); i++) {
            assertTrue(Math.abs(currents.get(i)) <= Math.abs(currents.get(i - 1)) * (1 + 1e-6));
        }
        assertTrue(Math.abs(currents.get(currents.size() - 1)) <= 0.05 * oneC * 1.000001);
    }
}
