package io.interphase.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.InvalidInputException;
import io.interphase.api.run.Limits;
import io.interphase.api.run.Protocol;
import io.interphase.api.run.Step;
import io.interphase.api.run.Stimulus;
import io.interphase.protocol.internal.CurrentStepProtocol;
import io.interphase.protocol.internal.GittProtocol;
import io.interphase.protocol.internal.HoldProtocol;
import io.interphase.protocol.internal.RampProtocol;
import io.interphase.protocol.internal.RepeatProtocol;
import io.interphase.protocol.internal.RestProtocol;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProtocolParserTest {

    static final List<Protocol> PROTOCOLS = List.of(new RestProtocol(), new CurrentStepProtocol(), new HoldProtocol(),
            new RampProtocol(), new RepeatProtocol(), new GittProtocol());
    /** 1C in A/m² for the tests: 0.2 mA/cm². */
    static final double ONE_C = 2.0;

    static Step one(String line) {
        List<Step> steps = ProtocolParser.parse(List.of(line), PROTOCOLS, () -> ONE_C);
        assertEquals(1, steps.size());
        return steps.get(0);
    }

    static Stimulus.ConstantCurrent current(Step s, String action) {
        Step.Apply a = (Step.Apply) s;
        assertEquals(action, a.action());
        return (Stimulus.ConstantCurrent) a.stimulus();
    }

    static InvalidInputException error(String... lines) {
        return assertThrows(InvalidInputException.class, () -> ProtocolParser.parse(List.of(lines), PROTOCOLS, () -> ONE_C));
    }

    static void assertError(String field, String messagePart, String... lines) {
        InvalidInputException e = error(lines);
        assertEquals(field, e.errors().get(0).field(), e.errors().toString());
        assertTrue(e.errors().get(0).message().contains(messagePart), e.errors().get(0).message());
    }

    @Test
    void restIsOpenCircuitForItsTime() {
        Step.Apply a = (Step.Apply) one("Rest for 10 min");
        assertEquals(new Stimulus.Rest(600), a.stimulus());
    }

    @Test
    void chargeAtACRateStopsAtTheUpperVoltage() {
        Step.Apply a = (Step.Apply) one("Charge at 1C until 4.2 V");
        Stimulus.ConstantCurrent cc = current(a, "Charge");
        assertEquals(-ONE_C, cc.currentDensity(), 1e-12);
        assertEquals(1.0, a.cRate());
        assertEquals(4.2, cc.limits().maxVoltage(), 1e-12);
        assertTrue(Double.isNaN(cc.limits().minVoltage()));
        assertEquals(Double.POSITIVE_INFINITY, cc.limits().duration());
    }

    @Test
    void dischargeAtACurrentDensityStopsAtTheLowerVoltage() {
        Step.Apply a = (Step.Apply) one("Discharge at 6 mA/cm2 until 3.0 V");
        Stimulus.ConstantCurrent cc = current(a, "Discharge");
        assertEquals(60, cc.currentDensity(), 1e-9);
        assertTrue(Double.isNaN(a.cRate()));
        assertEquals(3.0, cc.limits().minVoltage(), 1e-12);
    }

    @Test
    void plateAndStripForAnHourHaveOppositeSigns() {
        Stimulus.ConstantCurrent plate = current(one("Plate at 2 mA/cm2 for 1 h"), "Plate");
        Stimulus.ConstantCurrent strip = current(one("strip AT 2 mA/cm2 FOR 1 h"), "Strip");
        assertEquals(-20, plate.currentDensity(), 1e-9);
        assertEquals(20, strip.currentDensity(), 1e-9);
        assertEquals(Limits.duration(3600), plate.limits());
    }

    @Test
    void plateAndStripVoltageBoundsFollowTheCurrentsSign() {
        assertEquals(1.0, current(one("Plate at 2 mA/cm2 until 1 V"), "Plate").limits().maxVoltage(), 1e-12);
        assertEquals(-1.0, current(one("Strip at 2 mA/cm2 until 1 V"), "Strip").limits().minVoltage(), 1e-12);
    }

    @Test
    void severalStopConditionsJoinWithOr() {
        Limits l = current(one("Discharge at 0.1C for 10 min or until 3.0 V"), "Discharge").limits();
        assertEquals(600, l.duration(), 1e-9);
        assertEquals(3.0, l.minVoltage(), 1e-12);
        Limits q = current(one("Plate at 2 mA/cm2 until 2 mAh/cm2 or 2 h"), "Plate").limits();
        assertEquals(2 * 3.6 * 1e4, q.charge(), 1e-6);
        assertEquals(7200, q.duration(), 1e-9);
    }

    @Test
    void holdStopsWhenTheCurrentFalls() {
        Step.Apply a = (Step.Apply) one("Hold at 4.2 V until 0.05C");
        Stimulus.ConstantVoltage cv = (Stimulus.ConstantVoltage) a.stimulus();
        assertEquals(4.2, cv.voltage(), 1e-12);
        assertEquals(0.05 * ONE_C, cv.limits().minCurrent(), 1e-12);
    }

    @Test
    void rampUntilShortUsesTheGuardCurrent() {
        Step.Ramp r = (Step.Ramp) one("Ramp from 0.25 mA/cm2 by 0.25 mA/cm2 with 0.25 mAh/cm2 per half cycle until short");
        assertEquals(2.5, r.start(), 1e-12);
        assertEquals(2.5, r.increment(), 1e-12);
        assertEquals(9000, r.chargePerHalfCycle(), 1e-9);
        assertEquals(500, r.maxCurrent(), 1e-9);
        Step.Ramp bounded = (Step.Ramp) one("Ramp from 0.25 mA/cm2 by 0.25 mA/cm2 with 0.25 mAh/cm2 per half cycle until short or 10 mA/cm2");
        assertEquals(100, bounded.maxCurrent(), 1e-9);
    }

    @Test
    void repeatHoldsItsSteps() {
        Step.Repeat r = (Step.Repeat) one("Repeat 20000 times: Charge at 30C until 4.2 V; Discharge at 30C until 3.0 V");
        assertEquals(20000, r.times());
        assertEquals(2, r.body().size());
        assertEquals(-30 * ONE_C, current(r.body().get(0), "Charge").currentDensity(), 1e-9);
        assertEquals(3.0, current(r.body().get(1), "Discharge").limits().minVoltage(), 1e-12);
    }

    @Test
    void gittRepeatsPulseAndRestUntilTheVoltage() {
        Step.Repeat r = (Step.Repeat) one("GITT: Discharge at 0.1C for 10 min, Rest for 1 h, until 3.0 V");
        assertTrue(r.untilVoltageLimit());
        Stimulus.ConstantCurrent pulse = current(r.body().get(0), "Discharge");
        assertEquals(0.1 * ONE_C, pulse.currentDensity(), 1e-12);
        assertEquals(600, pulse.limits().duration(), 1e-9);
        assertEquals(3.0, pulse.limits().minVoltage(), 1e-12);
        assertEquals(new Stimulus.Rest(3600), ((Step.Apply) r.body().get(1)).stimulus());
    }

    @Test
    void commentsAndBlankLinesAreSkippedButCounted() {
        List<Step> steps = ProtocolParser.parse(List.of("# formation", "", "Rest for 1 h", "Charge at 1C until 4.2 V"),
                PROTOCOLS, () -> ONE_C);
        assertEquals(2, steps.size());
        assertError("protocol line 3, column 1", "unknown step 'Chrage'", "# formation", "", "Chrage at 1C until 4.2 V");
    }

    @Test
    void mistakesNameTheirLineAndColumn() {
        assertError("protocol line 1, column 8", "'at'", "Charge to 1C until 4.2 V");
        assertError("protocol line 1, column 11", "current density", "Charge at 2 V until 4.2 V");
        assertError("protocol line 1, column 11", "a number", "Charge at NaN mA/cm2 for 1 h");
        assertError("protocol line 1, column 11", "positive", "Charge at -2 mA/cm2 for 1 h");
        assertError("protocol line 1, column 10", "positive", "Rest for 0 min");
        assertError("protocol line 1, column 10", "time", "Rest for 10 furlongs");
        assertError("protocol line 1, column 18", "needs one", "Plate at 2 mA/cm2");
        assertError("protocol line 1, column 19", "'for', 'until' or 'or'", "Plate at 2 mA/cm2 soon");
        assertError("protocol line 1, column 17", "end of the line", "Rest for 10 min now");
        assertError("protocol line 1, column 8", "from 1 to", "Repeat 0 times: Rest for 1 h");
        assertError("protocol line 1, column 16", "':'", "Repeat 2 times Rest for 1 h");
    }

    @Test
    void aMistakeInsideARepeatNamesItsColumnInTheWholeLine() {
        // the X of "until X V" is at column 65 of the whole line, not of the nested step
        assertError("protocol line 2, column 65", "voltage", "Rest for 1 h",
                "Repeat 5 times: Charge at 1C until 4.2 V; Discharge at 1C until X V");
        assertError("protocol line 1, column 17", "cannot contain another repeat",
                "Repeat 2 times: Repeat 2 times: Rest for 1 h");
    }

    @Test
    void aCRateOnACellWithoutCapacityIsLocated() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ProtocolParser.parse(
                List.of("Charge at 1C until 4.2 V"), PROTOCOLS, () -> {
                    throw new InvalidInputException("protocol", "no capacity");
                }));
        assertEquals("protocol line 1, column 11", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("no capacity"));
    }

    @Test
    void anEmptyProtocolIsAnError() {
        assertThrows(InvalidInputException.class, () -> ProtocolParser.parse(List.of(), PROTOCOLS, () -> ONE_C));
        assertError("protocol", "only comments", "# nothing");
    }
}
