package io.interphase.protocol.internal;

import static io.interphase.protocol.internal.Fixture.ONE_C;
import static io.interphase.protocol.internal.Fixture.assertStep;
import static io.interphase.protocol.internal.Fixture.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.run.Limits;
import io.interphase.api.run.Step;
import io.interphase.api.run.Stimulus;
import io.interphase.protocol.Keywords;
import io.interphase.protocol.ProtocolParser;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every documented line parses to the exact step, SI values, signs and limits included. */
class StepGrammarTest {

    static final double NAN = Double.NaN;
    /** 1 mA/cm² in A/m². */
    static final double MA_CM2 = 10;
    /** 1 mAh/cm² in C/m². */
    static final double MAH_CM2 = 36_000;

    static Step.Apply cc(String action, double j, Limits limits, double cRate) {
        return new Step.Apply(action, new Stimulus.ConstantCurrent(j, limits), cRate);
    }

    @Test
    void restIsOpenCircuitForItsTime() {
        assertStep(new Step.Apply("Rest", new Stimulus.Rest(600), NAN), one("Rest for 10 min"));
        assertStep(new Step.Apply("Rest", new Stimulus.Rest(600), NAN), one("rest FOR 10min"));
        assertStep(new Step.Apply("Rest", new Stimulus.Rest(5400), NAN), one("Rest for 1.5 h"));
    }

    @Test
    void timesAndCurrentsReadAsOtherToolsWriteThem() {
        assertStep(new Step.Apply("Rest", new Stimulus.Rest(3600), NAN), one("Rest for 1 hour"));
        assertStep(new Step.Apply("Rest", new Stimulus.Rest(600), NAN), one("Rest for 10 minutes"));
        // a current of the whole cell over its area: 0.785 mA on 0.785 cm2 is 1 mA/cm2 = 10 A/m2
        List<Step> steps = ProtocolParser.parse(List.of("Plate at 0.785 mA for 2 hours"), Fixture.PROTOCOLS,
                () -> Fixture.ONE_C, () -> 0.785e-4);
        assertStep(cc("Plate", -10, Limits.duration(7200), NAN), steps.get(0));
        // without a cell to read it against, a current in amperes is refused by its field
        assertTrue(assertThrows(io.interphase.api.InvalidInputException.class, () -> one("Plate at 1 mA for 1 h"))
                .getMessage().contains("needs the cell's area"));
    }

    @Test
    void chargeAtACRateIsNegativeAndStopsRisingToItsBound() {
        assertStep(cc("Charge", -ONE_C, Limits.NONE.withMaxVoltage(4.2), 1), one("Charge at 1C until 4.2 V"));
    }

    @Test
    void dischargeAtACurrentDensityIsPositiveAndStopsFallingToItsBound() {
        assertStep(cc("Discharge", 6 * MA_CM2, Limits.NONE.withMinVoltage(3.0), NAN), one("Discharge at 6 mA/cm2 until 3.0 V"));
    }

    @Test
    void plateIsNegativeAndStripPositiveForTheirTime() {
        assertStep(cc("Plate", -2 * MA_CM2, Limits.duration(3600), NAN), one("Plate at 2 mA/cm2 for 1 h"));
        assertStep(cc("Strip", 2 * MA_CM2, Limits.duration(3600), NAN), one("Strip at 2 mA/cm2 for 1 h"));
    }

    @Test
    void aCRateIsScaledByOneCAndKept() {
        assertStep(cc("Discharge", 0.1 * ONE_C, Limits.duration(600), 0.1), one("Discharge at 0.1C for 10 min"));
        assertStep(cc("Discharge", 30 * ONE_C, Limits.NONE.withMinVoltage(3.0), 30), one("Discharge at 30C until 3.0 V"));
        assertStep(cc("Charge", -0.1 * ONE_C, Limits.NONE.withMaxVoltage(4.2), 0.1), one("Charge at C/10 until 4.2 V"));
        assertStep(cc("Charge", -0.5 * ONE_C, Limits.NONE.withMaxVoltage(4.2), 0.5), one("Charge at 0.5 C until 4.2 V"));
    }

    @Test
    void aChargeLimitStopsAfterThatMuchChargePerArea() {
        assertStep(cc("Plate", -2 * MA_CM2, Limits.NONE.withCharge(2 * MAH_CM2), NAN), one("Plate at 2 mA/cm2 until 2 mAh/cm2"));
    }

    @Test
    void limitsJoinWithOrInEitherOrder() {
        assertStep(cc("Charge", -ONE_C, Limits.duration(3600).withMaxVoltage(4.2), 1), one("Charge at 1C for 1 h or until 4.2 V"));
        assertStep(cc("Charge", -ONE_C, Limits.duration(7200).withMaxVoltage(4.2), 1), one("Charge at 1C until 4.2 V or 2 h"));
        assertStep(cc("Discharge", ONE_C, Limits.duration(7200).withMinVoltage(3.0), 1),
                one("Discharge at 1C until 3.0 V or for 2 h"));
        assertStep(cc("Plate", -2 * MA_CM2, Limits.duration(7200).withCharge(2 * MAH_CM2), NAN),
                one("Plate at 2 mA/cm2 until 2 mAh/cm2 or 2 h"));
    }

    @Test
    void plateAndStripVoltageBoundsAreMagnitudesWithTheCurrentsSign() {
        assertEquals(1.0, limits(one("Plate at 2 mA/cm2 until 1 V")).maxVoltage(), 1e-12);
        assertEquals(1.0, limits(one("Plate at 2 mA/cm2 until -1 V")).maxVoltage(), 1e-12);
        assertEquals(-1.0, limits(one("Strip at 2 mA/cm2 until 1 V")).minVoltage(), 1e-12);
        assertEquals(-1.0, limits(one("Strip at 2 mA/cm2 until -1 V")).minVoltage(), 1e-12);
        assertTrue(Double.isNaN(limits(one("Strip at 2 mA/cm2 until 1 V")).maxVoltage()));
    }

    @Test
    void keywordsAreCaseInsensitiveButTheActionIsCanonical() {
        assertStep(cc("Discharge", ONE_C, Limits.NONE.withMinVoltage(3.0), 1), one("DISCHARGE AT 1C UNTIL 3.0 V"));
        assertStep(cc("Strip", 2 * MA_CM2, Limits.duration(3600), NAN), one("strip At 2 mA/cm2 For 1 h"));
    }

    @Test
    void holdStopsWhenTheCurrentHasFallen() {
        assertStep(new Step.Apply("Hold", new Stimulus.ConstantVoltage(4.2, Limits.NONE.withMinCurrent(0.05 * ONE_C)), NAN),
                one("Hold at 4.2 V until 0.05C"));
        assertStep(new Step.Apply("Hold", new Stimulus.ConstantVoltage(4.2, Limits.NONE.withMinCurrent(0.01 * MA_CM2)), NAN),
                one("Hold at 4.2 V until 0.01 mA/cm2"));
        assertStep(new Step.Apply("Hold", new Stimulus.ConstantVoltage(4.2,
                Limits.duration(7200).withMinCurrent(0.05 * ONE_C)), NAN), one("Hold at 4.2 V until 0.05C or 2 h"));
        assertStep(new Step.Apply("Hold", new Stimulus.ConstantVoltage(4.2, Limits.duration(3600)), NAN),
                one("Hold at 4.2V for 1 h"));
    }

    @Test
    void rampUntilShortStopsAtTheGuardCurrent() {
        assertEquals(50 * MA_CM2, RampProtocol.GUARD_CURRENT, 1e-12);
        String ramp = "Ramp from 0.25 mA/cm2 by 0.25 mA/cm2 with 0.25 mAh/cm2 per half cycle until ";
        Step.Ramp guarded = new Step.Ramp(0.25 * MA_CM2, 0.25 * MA_CM2, 0.25 * MAH_CM2, RampProtocol.GUARD_CURRENT);
        assertStep(guarded, one(ramp + "short"));
        Step.Ramp bounded = new Step.Ramp(0.25 * MA_CM2, 0.25 * MA_CM2, 0.25 * MAH_CM2, 10 * MA_CM2);
        assertStep(bounded, one(ramp + "10 mA/cm2"));
        assertStep(bounded, one(ramp + "short or 10 mA/cm2"));
        assertStep(bounded, one(ramp + "10 mA/cm2 or short"));
    }

    @Test
    void repeatHoldsItsStepsAsOneCycle() {
        Step expected = new Step.Repeat(20000, List.of(cc("Charge", -30 * ONE_C, Limits.NONE.withMaxVoltage(4.2), 30),
                cc("Discharge", 30 * ONE_C, Limits.NONE.withMinVoltage(3.0), 30)), false);
        assertStep(expected, one("Repeat 20000 times: Charge at 30C until 4.2 V; Discharge at 30C until 3.0 V"));
        assertStep(new Step.Repeat(RepeatProtocol.MAX_TIMES, List.of(new Step.Apply("Rest", new Stimulus.Rest(60), NAN)), false),
                one("repeat 10000000 TIMES : Rest for 1 min"));
    }

    @Test
    void repeatHoldsEveryKindOfSingleStep() {
        Step.Repeat r = (Step.Repeat) one("Repeat 3 times: Plate at 2 mA/cm2 for 1 h; Rest for 10 min; "
                + "Hold at 0.1 V for 1 min; Ramp from 1 mA/cm2 by 1 mA/cm2 with 1 mAh/cm2 per half cycle until short");
        assertEquals(4, r.body().size());
        assertTrue(r.body().get(3) instanceof Step.Ramp);
    }

    @Test
    void gittRepeatsADischargePulseAndARestUntilTheLowerBound() {
        Step expected = new Step.Repeat(GittProtocol.MAX_PULSES, List.of(
                cc("Discharge", 0.1 * ONE_C, Limits.duration(600).withMinVoltage(3.0), 0.1),
                new Step.Apply("Rest", new Stimulus.Rest(3600), NAN)), true);
        assertStep(expected, one("GITT: Discharge at 0.1C for 10 min, Rest for 1 h, until 3.0 V"));
        assertEquals(100_000, GittProtocol.MAX_PULSES);
    }

    @Test
    void gittBoundsFollowThePulsesAction() {
        Step.Repeat charge = (Step.Repeat) one("GITT: Charge at 0.1C for 10 min, Rest for 1 h, until 4.2 V");
        assertEquals(4.2, limits(charge.body().get(0)).maxVoltage(), 1e-12);
        assertTrue(Double.isNaN(limits(charge.body().get(0)).minVoltage()));
        Step.Repeat plate = (Step.Repeat) one("gitt : Plate at 2 mA/cm2 for 1 h, Rest for 10 min, until -0.5 V");
        assertEquals(0.5, limits(plate.body().get(0)).maxVoltage(), 1e-12);
        Step.Repeat strip = (Step.Repeat) one("GITT: Strip at 2 mA/cm2 for 1 h, Rest for 10 min, until 0.5 V");
        assertEquals(-0.5, limits(strip.body().get(0)).minVoltage(), 1e-12);
    }

    @Test
    void aPulseKeepsItsOwnOtherLimits() {
        Step.Repeat r = (Step.Repeat) one("GITT: Discharge at 0.1C for 10 min or until 1 mAh/cm2, Rest for 1 h, until 3.0 V");
        Limits l = limits(r.body().get(0));
        assertEquals(600, l.duration(), 1e-9);
        assertEquals(MAH_CM2, l.charge(), 1e-6);
        assertEquals(3.0, l.minVoltage(), 1e-12);
        assertFalse(l.timeOnly());
    }

    @Test
    void eachProtocolNamesItsFirstWords() {
        assertEquals(List.of("Charge", "Discharge", "Plate", "Strip"), new CurrentStepProtocol().keywords());
        for (var p : Fixture.PROTOCOLS) {
            for (String word : ((Keywords) p).keywords()) {
                assertTrue(p.accepts(word + " something"), p.id() + " " + word);
                assertTrue(p.accepts(word.toLowerCase(Locale.ROOT)), p.id() + " " + word);
                assertFalse(p.accepts(word + "x"), p.id() + " " + word);
            }
        }
    }

    private static Limits limits(Step step) {
        Stimulus s = ((Step.Apply) step).stimulus();
        return s instanceof Stimulus.ConstantCurrent cc ? cc.limits() : ((Stimulus.ConstantVoltage) s).limits();
    }
}
