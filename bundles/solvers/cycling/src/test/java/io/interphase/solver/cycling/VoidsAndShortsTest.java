package io.interphase.solver.cycling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.run.Limits;
import io.interphase.api.run.StepEnd;
import io.interphase.api.run.Stimulus;
import org.junit.jupiter.api.Test;

class VoidsAndShortsTest {

    static final double Q = 9000; // 0.25 mAh/cm2 per half cycle, C/m2
    static final double STEP = 2.5; // 0.25 mA/cm2

    /** The current density (mA/cm2) of the half cycle in which the cell shorted in a ramp, or NaN. */
    static double ccd(String llzto, double fraction) {
        CyclingSimulation s = CyclingCells.start(Cells.symmetric(llzto, fraction), Cells.MATERIALS);
        for (double j = STEP; j <= 500; j += STEP) {
            StepEnd plate = FullCellTest.run(s, new Stimulus.ConstantCurrent(-j, Limits.NONE.withCharge(Q)));
            StepEnd strip = plate.failed() ? plate : FullCellTest.run(s, new Stimulus.ConstantCurrent(j, Limits.NONE.withCharge(Q)));
            if (plate.failed() || strip.failed()) {
                return j / 10;
            }
        }
        return Double.NaN;
    }

    @Test
    void theSandTimeAndContactFollowTheModel() {
        VoidModel m = new VoidModel(2.7e5);
        assertEquals(300, m.sandTime(30), 1e-9);
        assertEquals(1, m.contact(300, 30), 0);
        assertEquals(0.5, m.contact(1200, 30), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, m.sandTime(0));
    }

    @Test
    void selfDiffusionAloneGivesPhysicsMdsEstimate() {
        // π D (c F)² / 4 with D = 5.6e-11 cm2/s and c = 0.534 g/cm3 / 6.94 g/mol: ≈ 2.4e5 A² s / m⁴ (PHYSICS.md §3.5)
        double k = VoidModel.selfDiffusionLimit(5.6e-15, 534 / 6.94e-3);
        assertEquals(2.4e5, k, 0.05e5);
    }

    @Test
    void bareLiShortsOneRampStepAboveItsCalibration() {
        // calibration: no void at 3 mA/cm2 (J² t = K exactly), a void and a short at the next step
        assertEquals(3.25, ccd("llzto-nano", -1), 1e-9);
    }

    @Test
    void softCarbonAloneChangesNothingAndNanoLlztoRaisesTheCriticalCurrent() {
        double bare = ccd("llzto-nano", -1);
        double sc = ccd("llzto-nano", 0);
        double nano10 = ccd("llzto-nano", 0.1);
        double nano20 = ccd("llzto-nano", 0.2);
        double nano30 = ccd("llzto-nano", 0.3);
        double micro20 = ccd("llzto-micro", 0.2);
        assertEquals(bare, sc, 1e-9);
        assertTrue(bare < nano10 && nano10 < nano20 && nano20 < nano30, nano10 + " " + nano20 + " " + nano30);
        assertTrue(micro20 < nano20, micro20 + " vs " + nano20);
        assertTrue(micro20 >= bare);
    }

    @Test
    void cyclingBelowTheSandLimitNeverShorts() {
        CyclingSimulation s = CyclingCells.start(Cells.symmetric("llzto-nano", -1), Cells.MATERIALS);
        for (int k = 0; k < 50; k++) {
            assertTrue(!FullCellTest.run(s, new Stimulus.ConstantCurrent(-5, Limits.NONE.withCharge(Q))).failed());
            assertTrue(!FullCellTest.run(s, new Stimulus.ConstantCurrent(5, Limits.NONE.withCharge(Q))).failed());
        }
        assertNull(((SymmetricState) s.state()).failure(-5));
    }

    @Test
    void aSymmetricCellAtRestShowsNoVoltage() {
        CyclingSimulation s = CyclingCells.start(Cells.symmetric("llzto-nano", 0.2), Cells.MATERIALS);
        assertEquals(0, s.voltage(), 1e-12);
        assertTrue(Double.isNaN(s.nominalCapacity()));
    }
}
