package io.interphase.solver.cycling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.run.Limits;
import io.interphase.api.run.StepEnd;
import io.interphase.api.run.Stimulus;
import io.interphase.solver.kinetics.ButlerVolmer;
import io.interphase.solver.kinetics.Electrode;
import org.junit.jupiter.api.Test;

class VoidsAndShortsTest {

    static final double Q = 9000; // 0.25 mAh/cm2 per half cycle, C/m2
    static final double STEP = 2.5; // 0.25 mA/cm2

    /** The current density (mA/cm2) of the half cycle in which the cell shorted in a ramp, or NaN. */
    static double ccd(String llzto, double fraction) {
        return ccd(Cells.symmetric(llzto, fraction));
    }

    static double ccd(io.interphase.api.cell.CellProperties cell) {
        CyclingSimulation s = CyclingCells.start(cell, Cells.MATERIALS);
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
        VoidModel m = new VoidModel(2.7e5, 30);
        assertEquals(300, m.sandTime(30), 1e-9);
        assertEquals(1, m.contact(300, 30), 0);
        assertEquals(0.5, m.contact(1200, 30), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, m.sandTime(0));
        assertTrue(m.penetrates(-30.01) && !m.penetrates(-30));
    }

    @Test
    void theCalibrationFixesVoidOnsetAndPenetrationAtTheSameCurrent() {
        VoidModel m = VoidModel.calibrated(30, Q, 1);
        assertEquals(Q / 30, m.sandTime(30), 1e-9); // the calibration half cycle at J_c just keeps contact
        assertEquals(30, m.penetrationFlux(), 0);
        VoidModel cold = VoidModel.calibrated(30, Q, 0.5);
        assertEquals(15, cold.penetrationFlux(), 1e-12);
        assertEquals(0.5 * m.sandConstant(), cold.sandConstant(), 1e-6);
    }

    @Test
    void aVoidFillsFromPlatedLiBeforeTheContactRecovers() {
        // bare face, K = 2.7e5, stripped at 20 A/m2 for 1000 s: t_s = 675 s, θ = √(675/1000);
        // Li lacking = ∫ j (1 − √(t_s/t)) dt from t_s to 1000 s = 6500 − 40 √675 (√1000 − √675) C/m2
        LithiumSide bare = new LithiumSide(new Electrode.Face(new ButlerVolmer(2.91, 0.5, Cells.STUDY), 1), 1e6);
        LiContact c = new LiContact(bare, new VoidModel(2.7e5, 30));
        double dt = 0.01;
        for (int k = 1; k <= 100_000; k++) {
            c.advance(dt, 20, k * dt);
        }
        assertEquals(Math.sqrt(0.675), c.contact(), 1e-6);
        double lacking = 6500 - 40 * Math.sqrt(675) * (Math.sqrt(1000) - Math.sqrt(675));
        assertNull(c.shortCause(-20, "first"), "20 / 0.82 = 24 A/m2 on the contact left is below 30");
        assertTrue(c.shortCause(-26, "first").contains("void"), "26 / 0.82 = 32 A/m2 is above it");
        c.advance(0.99 * lacking / 20, -20, 1100);
        assertTrue(c.voided());
        c.advance(0.02 * lacking / 20, -20, 1200);
        assertEquals(1, c.contact(), 0);
        assertNull(c.shortCause(-26, "first"), "full contact again: 26 A/m2 passes");
    }

    @Test
    void anInterlayersFaceNeverVoidsButShortsWhenItsShareOfPlatingIsTooFast() {
        CyclingSimulation s = CyclingCells.start(Cells.symmetric("llzto-nano", 0.2), Cells.MATERIALS);
        SymmetricState state = (SymmetricState) s.state();
        state.advance(36_000, 100); // 10 mA/cm2 for 10 h: a bare face would keep θ = 0.03 of its contact
        assertNull(state.failure(-20), "plating back onto the stripped side: its face lost no contact");
        assertNull(state.failure(20));
        String cause = state.failure(200);
        assertTrue(cause != null && cause.contains("interlayer") && cause.contains("turns at its electrolyte face"), cause);
    }

    @Test
    void atTheE4ConditionsBareLiShortsInTheFirstCycleAndTheNanoLayerDoesNot() {
        // 2 mA/cm2 and 2 mAh/cm2 per half cycle: t_s = 675 s < 1 h at a bare face
        Stimulus plate = new Stimulus.ConstantCurrent(-20, Limits.duration(3600));
        Stimulus strip = new Stimulus.ConstantCurrent(20, Limits.duration(3600));
        CyclingSimulation bare = CyclingCells.start(Cells.symmetric("llzto-nano", -1), Cells.MATERIALS);
        assertTrue(!FullCellTest.run(bare, plate).failed());
        assertTrue(FullCellTest.run(bare, strip).failed() || FullCellTest.run(bare, plate).failed());
        CyclingSimulation nano = CyclingCells.start(Cells.symmetric("llzto-nano", 0.2), Cells.MATERIALS);
        for (int k = 0; k < 20; k++) {
            assertTrue(!FullCellTest.run(nano, plate).failed() && !FullCellTest.run(nano, strip).failed(), "cycle " + k);
        }
    }

    @Test
    void selfDiffusionAloneGivesTheLiteratureEstimate() {
        // π D (c F)² / 4 with D = 5.6e-11 cm2/s and c = 0.534 g/cm3 / 6.94 g/mol: ≈ 2.4e5 A² s / m⁴ (docs/physics.md §3.5)
        double k = VoidModel.selfDiffusionLimit(5.6e-15, 534 / 6.94e-3);
        assertEquals(2.4e5, k, 0.05e5);
    }

    @Test
    void bareLiShortsOneRampStepAboveItsCalibration() {
        // calibration at its own 55 °C: no void at 3 mA/cm2 (J² t = K exactly); plating at the next step exceeds j_p
        assertEquals(3.25, ccd("llzto-nano", -1), 1e-9);
    }

    @Test
    void theBareCellsCriticalCurrentFallsWithTheTemperatureAsLiSelfDiffusionDoes() {
        double at25 = ccd(Cells.symmetric("llzto-nano", -1, 298.15));
        double at55 = ccd(Cells.symmetric("llzto-nano", -1, 328.15));
        double atMinus5 = ccd(Cells.symmetric("llzto-nano", -1, 268.15));
        assertTrue(atMinus5 < at25 && at25 < at55, atMinus5 + " < " + at25 + " < " + at55);
        // j_p scales with D_Li(T)/D_Li(55 °C) = exp(-0.55 eV / k_B (1/298.15 K - 1/328.15 K)) = 0.141 at 25 °C: the
        // ramp shorts at the first 0.25 mA/cm2 step above 3 mA/cm2 x 0.141 = 0.42 mA/cm2
        assertEquals(0.5, at25, 1e-9);
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
    void aStepThatMeetsItsLimitAtOncePlatesNothingAndCannotShort() {
        // bare Li full cell, discharged: a 6 mA/cm2 charge would plate above j_p, but a charge
        // never starts below its open-circuit voltage: a 3.0 V limit is met at once
        CyclingSimulation s = CyclingCells.start(Cells.full("llzto-nano", -1, FullCellTest.LOADING), Cells.MATERIALS);
        StepEnd charge = FullCellTest.run(s, new Stimulus.ConstantCurrent(-60, Limits.NONE.withMaxVoltage(3.0)));
        assertEquals(StepEnd.Reason.VOLTAGE_LIMIT, charge.reason());
        assertEquals(0, charge.charge(), 0);
        StepEnd unlimited = FullCellTest.run(s, new Stimulus.ConstantCurrent(-60, Limits.duration(10)));
        assertEquals(StepEnd.Reason.SHORT, unlimited.reason(), "without the limit the same current plates and shorts");
    }

    @Test
    void aSymmetricCellAtRestShowsNoVoltage() {
        CyclingSimulation s = CyclingCells.start(Cells.symmetric("llzto-nano", 0.2), Cells.MATERIALS);
        assertEquals(0, s.voltage(), 1e-12);
        assertTrue(Double.isNaN(s.nominalCapacity()));
    }
}
