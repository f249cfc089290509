package io.interphase.protocol.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.FieldError;
import io.interphase.api.InvalidInputException;
import io.interphase.api.run.Limits;
import io.interphase.api.run.Protocol;
import io.interphase.api.run.Step;
import io.interphase.api.run.Stimulus;
import io.interphase.protocol.ProtocolParser;
import java.util.List;

/** The built-in protocols as a run installs them, and assertions on steps and errors. */
public final class Fixture {

    /** 1C of the test cell, A/m² (0.2 mA/cm²). */
    public static final double ONE_C = 2.0;

    /** Every built-in protocol, constructed as DS would (no-argument constructors). */
    public static final List<Protocol> PROTOCOLS = List.of(new RestProtocol(), new CurrentStepProtocol(), new HoldProtocol(),
            new RampProtocol(), new RepeatProtocol(), new GittProtocol(), new EisProtocol(), new SweepProtocol());

    private Fixture() {
    }

    public static List<Step> parse(String... lines) {
        return ProtocolParser.parse(List.of(lines), PROTOCOLS, () -> ONE_C);
    }

    /** The single step of one line. */
    public static Step one(String line) {
        List<Step> steps = parse(line);
        assertEquals(1, steps.size());
        return steps.get(0);
    }

    /** Asserts that the lines are refused with one error at {@code field} whose message contains each part. */
    public static FieldError assertError(String field, List<String> messageParts, String... lines) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse(lines), String.join(" / ", lines));
        assertEquals(1, e.errors().size(), e.errors().toString());
        FieldError error = e.errors().get(0);
        assertEquals(field, error.field(), error.toString());
        for (String part : messageParts) {
            assertTrue(error.message().contains(part), "'" + part + "' not in: " + error.message());
        }
        return error;
    }

    public static FieldError assertError(String field, String messagePart, String... lines) {
        return assertError(field, List.of(messagePart), lines);
    }

    /** Asserts that two steps are the same, SI values to 1e-12 relative. */
    public static void assertStep(Step expected, Step actual) {
        assertInstanceOf(expected.getClass(), actual, String.valueOf(actual));
        if (expected instanceof Step.Apply e) {
            Step.Apply a = (Step.Apply) actual;
            assertEquals(e.action(), a.action());
            close(e.cRate(), a.cRate(), "C-rate");
            assertStimulus(e.stimulus(), a.stimulus());
        } else if (expected instanceof Step.Repeat e) {
            Step.Repeat a = (Step.Repeat) actual;
            assertEquals(e.times(), a.times(), "times");
            assertEquals(e.untilVoltageLimit(), a.untilVoltageLimit(), "until voltage limit");
            assertEquals(e.body().size(), a.body().size(), "body size");
            for (int i = 0; i < e.body().size(); i++) {
                assertStep(e.body().get(i), a.body().get(i));
            }
        } else {
            Step.Ramp e = (Step.Ramp) expected;
            Step.Ramp a = (Step.Ramp) actual;
            close(e.start(), a.start(), "start");
            close(e.increment(), a.increment(), "increment");
            close(e.chargePerHalfCycle(), a.chargePerHalfCycle(), "charge per half cycle");
            close(e.maxCurrent(), a.maxCurrent(), "max current");
        }
    }

    private static void assertStimulus(Stimulus expected, Stimulus actual) {
        assertInstanceOf(expected.getClass(), actual, String.valueOf(actual));
        if (expected instanceof Stimulus.ConstantCurrent e) {
            Stimulus.ConstantCurrent a = (Stimulus.ConstantCurrent) actual;
            close(e.currentDensity(), a.currentDensity(), "current density");
            assertLimits(e.limits(), a.limits());
        } else if (expected instanceof Stimulus.ConstantVoltage e) {
            Stimulus.ConstantVoltage a = (Stimulus.ConstantVoltage) actual;
            close(e.voltage(), a.voltage(), "voltage");
            assertLimits(e.limits(), a.limits());
        } else if (expected instanceof Stimulus.Rest e) {
            close(e.duration(), ((Stimulus.Rest) actual).duration(), "rest duration");
        } else {
            assertEquals(expected, actual);
        }
    }

    private static void assertLimits(Limits e, Limits a) {
        close(e.duration(), a.duration(), "duration");
        close(e.minVoltage(), a.minVoltage(), "min voltage");
        close(e.maxVoltage(), a.maxVoltage(), "max voltage");
        close(e.minCurrent(), a.minCurrent(), "min current");
        close(e.charge(), a.charge(), "charge");
    }

    /** Equal to 1e-12 relative; NaN and infinities exactly. */
    public static void close(double expected, double actual, String what) {
        if (Double.isNaN(expected) || Double.isInfinite(expected)) {
            assertEquals(expected, actual, what);
        } else {
            assertEquals(expected, actual, 1e-12 * Math.abs(expected), what);
        }
    }
}
