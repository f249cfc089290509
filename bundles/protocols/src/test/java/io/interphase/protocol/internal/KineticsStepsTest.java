package io.interphase.protocol.internal;

import static io.interphase.protocol.internal.Fixture.assertError;
import static io.interphase.protocol.internal.Fixture.assertStep;
import static io.interphase.protocol.internal.Fixture.one;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.interphase.api.run.Step;
import io.interphase.api.run.Stimulus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The impedance and sweep lines of E1 and E2: what they ask for and how their mistakes are located. */
class KineticsStepsTest {

    static final String L1 = "protocol line 1, column ";

    @Test
    void eisSweepsLogSpacedFromTheFirstFrequencyToTheSecondBothIncluded() {
        Stimulus.FrequencySweep s = eis(one("EIS from 1 MHz to 100 mHz, 10 per decade"));
        double[] hz = s.frequencies();
        assertEquals(71, hz.length, "7 decades at 10 per decade, both ends");
        Fixture.close(1e6, hz[0], "first");
        Fixture.close(0.1, hz[70], "last");
        for (int i = 1; i < hz.length; i++) {
            assertEquals(Math.pow(10, -0.1), hz[i] / hz[i - 1], 1e-12, "ratio at " + i);
        }
        Fixture.close(EisProtocol.DEFAULT_AMPLITUDE, s.amplitude(), "amplitude");
    }

    @Test
    void eisMaySweepUpwardsAndTakeAnAmplitude() {
        Stimulus.FrequencySweep s = eis(one("eis FROM 10 Hz to 1 kHz 5 per decade, amplitude 5 mV"));
        assertEquals(11, s.frequencies().length);
        Fixture.close(10, s.frequencies()[0], "first");
        Fixture.close(1000, s.frequencies()[10], "last");
        Fixture.close(0.005, s.amplitude(), "amplitude");
    }

    @Test
    void aSweepGoesFromTheFirstVoltageToTheSecondAtItsRate() {
        assertStep(new Step.Apply("Sweep", new Stimulus.PotentialSweep(-0.3, 0.3, 1e-3), Double.NaN),
                one("Sweep from -0.3 V to 0.3 V at 1 mV/s"));
        Stimulus.PotentialSweep down = (Stimulus.PotentialSweep) ((Step.Apply) one("sweep from 50 mV to -50 mV at 0.1 mV/s"))
                .stimulus();
        Fixture.close(1000, down.duration(), "0.1 V at 0.1 mV/s");
    }

    @Test
    void mistakesInKineticsLinesAreLocated() {
        assertError(L1 + 10, List.of("expected a frequency such as '1 MHz'", "found '1 V', a voltage"),
                "EIS from 1 V to 1 Hz, 10 per decade");
        assertError(L1 + 19, List.of("a frequency other than the first"), "EIS from 1 kHz to 1 kHz, 10 per decade");
        assertError(L1 + 28, List.of("a whole number of points per decade from 1 to 1000", "'0'"),
                "EIS from 1 MHz to 100 mHz, 0 per decade");
        assertError(L1 + 30, List.of("expected 'per decade'", "the end of the line"), "EIS from 1 MHz to 100 mHz, 10");
        assertError(L1 + 53, List.of("a positive voltage", "'-5 mV'"),
                "EIS from 1 MHz to 100 mHz, 10 per decade, amplitude -5 mV");
        assertError(L1 + 31, List.of("a positive sweep rate such as '1 mV/s'", "found '1 mV', a voltage"),
                "Sweep from -0.3 V to 0.3 V at 1 mV");
        assertError(L1 + 21, List.of("a voltage other than the first"), "Sweep from 0.1 V to 0.1 V at 1 mV/s");
        assertError(L1 + 25, List.of("expected 'at'", "found 'by'"), "Sweep from 0 V to 0.1 V by 1 mV/s");
    }

    @Test
    void aRepeatStillCountsItsTimesAsAWholeNumber() {
        assertError(L1 + 8, List.of("a whole number of times from 1 to " + RepeatProtocol.MAX_TIMES, "'2.5'"),
                "Repeat 2.5 times: Rest for 1 h");
    }

    private static Stimulus.FrequencySweep eis(Step step) {
        return (Stimulus.FrequencySweep) ((Step.Apply) step).stimulus();
    }
}
