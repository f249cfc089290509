package io.interphase.protocol.internal;

import static io.interphase.protocol.internal.Fixture.assertError;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each kind of mistake is refused at the line and column of the word at fault, saying what was
 * expected there and what was found.
 */
class MistakesTest {

    static final String L1 = "protocol line 1, column ";

    @Test
    void aMissingKeywordIsNamedWhereItShouldBe() {
        assertError(L1 + 8, List.of("expected 'at'", "found 'to'"), "Charge to 1C until 4.2 V");
        assertError(L1 + 6, List.of("expected 'for'", "found '10'"), "Rest 10 min");
        assertError(L1 + 6, "expected 'from'", "Ramp at 0.25 mA/cm2 by 0.25 mA/cm2 with 0.25 mAh/cm2 per half cycle until short");
        assertError(L1 + 23, List.of("expected 'by'", "found 'with'"),
                "Ramp from 0.25 mA/cm2 with 0.25 mAh/cm2 per half cycle until short");
        assertError(L1 + 38, List.of("expected 'with'", "found 'per'"),
                "Ramp from 0.25 mA/cm2 by 0.25 mA/cm2 per half cycle until short");
        assertError(L1 + 60, List.of("expected 'per half cycle'", "found 'cycle'"),
                "Ramp from 0.25 mA/cm2 by 0.25 mA/cm2 with 0.25 mAh/cm2 per cycle until short");
        assertError(L1 + 10, List.of("expected 'times:'", "found 'Rest'"), "Repeat 2 Rest for 1 h");
        assertError(L1 + 16, List.of("expected 'times:'", "found 'Rest'"), "Repeat 2 times Rest for 1 h");
        assertError(L1 + 6, List.of("expected ':'", "found 'Discharge'"), "GITT Discharge at 0.1C for 10 min, Rest for 1 h, until 3.0 V");
        assertError(L1 + 51, List.of("expected 'until'", "found '3.0'"), "GITT: Discharge at 0.1C for 10 min, Rest for 1 h, 3.0 V");
    }

    @Test
    void aNumberThatDoesNotParseIsNamed() {
        assertError(L1 + 11, List.of("expected a C-rate such as '1C', a current density", "'NaN', not a number"),
                "Charge at NaN mA/cm2 for 1 h");
        assertError(L1 + 10, List.of("expected a time", "'Infinity', not a number"), "Rest for Infinity min");
        assertError(L1 + 10, "'ten', not a number", "Rest for ten min");
        assertError(L1 + 14, List.of("current density", "not a finite number"), "Discharge at 1e999 mA/cm2 for 1 h");
        assertError(L1 + 10, List.of("expected a C-rate", "the end of the line"), "Charge at");
    }

    @Test
    void aUnitOfTheWrongKindOrAnUnknownUnitIsNamed() {
        assertError(L1 + 11, List.of("current density such as '2 mA/cm2'", "found '2 V', a voltage"), "Charge at 2 V until 4.2 V");
        assertError(L1 + 10, List.of("expected a time such as '10 min'", "unknown unit 'furlongs'"), "Rest for 10 furlongs");
        assertError(L1 + 10, List.of("expected a time", "'10' without a unit"), "Rest for 10");
        assertError(L1 + 20, List.of("expected a voltage such as '4.2 V'", "found '2 mA/cm2', a current density"),
                "Charge at 1C until 2 mA/cm2");
        assertError(L1 + 21, List.of("expected a current such as '0.05C'", "found '4.0 V', a voltage"), "Hold at 4.2 V until 4.0 V");
        assertError(L1 + 57, List.of("expected a voltage such as '3.0 V'", "a current density"),
                "GITT: Discharge at 0.1C for 10 min, Rest for 1 h, until 3 mA/cm2");
        assertError(L1 + 43, List.of("expected an areal capacity such as '0.25 mAh/cm2'", "found '0.25 mA/cm2', a current density"),
                "Ramp from 0.25 mA/cm2 by 0.25 mA/cm2 with 0.25 mA/cm2 per half cycle until short");
        assertError(L1 + 11, List.of("expected a current density such as '0.25 mA/cm2'", "found '1C'"),
                "Ramp from 1C by 0.25 mA/cm2 with 0.25 mAh/cm2 per half cycle until short");
    }

    @Test
    void zeroOrNegativeAmountsAreRefused() {
        assertError(L1 + 11, List.of("expected a positive current density", "found '-2 mA/cm2'"), "Charge at -2 mA/cm2 for 1 h");
        assertError(L1 + 11, List.of("expected a positive, finite C-rate", "found '0C'"), "Charge at 0C until 4.2 V");
        assertError(L1 + 11, "positive, finite C-rate", "Charge at C/0 until 4.2 V");
        assertError(L1 + 10, List.of("expected a positive time", "found '0 min'"), "Rest for 0 min");
        assertError(L1 + 23, List.of("expected a positive time", "found '-1 h'"), "Plate at 2 mA/cm2 for -1 h");
        assertError(L1 + 25, List.of("expected a positive areal capacity", "found '0 mAh/cm2'"),
                "Plate at 2 mA/cm2 until 0 mAh/cm2");
        assertError(L1 + 11, "positive current density", "Ramp from 0 mA/cm2 by 0.25 mA/cm2 with 0.25 mAh/cm2 per half cycle until short");
    }

    @Test
    void aCurrentStepOrAHoldWithoutALimitIsRefusedAtTheEnd() {
        assertError(L1 + 18, List.of("a current step needs 'for <time>' or 'until <limit>'", "found the end of the line"),
                "Plate at 2 mA/cm2");
        assertError(L1 + 14, List.of("a hold needs 'until <current>'", "found the end of the line"), "Hold at 4.2 V");
        assertError(L1 + 32, List.of("expected a voltage", "found the end of the line"), "Discharge at 0.1C for 10 min or");
    }

    @Test
    void trailingWordsAreRefused() {
        assertError(L1 + 17, List.of("expected the end of the line", "found 'now'"), "Rest for 10 min now");
        assertError(L1 + 19, List.of("expected 'for <time>' or 'until <limit>'", "found 'soon'"), "Plate at 2 mA/cm2 soon");
        assertError(L1 + 27, List.of("expected 'or', 'for' or 'until'", "found 'please'"), "Plate at 2 mA/cm2 for 1 h please");
        assertError(L1 + 63, "found 'now'", "GITT: Discharge at 0.1C for 10 min, Rest for 1 h, until 3.0 V now");
        assertError(L1 + 77, List.of("expected 'short' or a current density", "found 'soon'"),
                "Ramp from 0.25 mA/cm2 by 0.25 mA/cm2 with 0.25 mAh/cm2 per half cycle until soon");
    }

    @Test
    void aRepeatCountOutsideItsRangeIsRefusedAtTheNumber() {
        assertError(L1 + 8, List.of("from 1 to 10000000", "found '0'"), "Repeat 0 times: Rest for 1 h");
        assertError(L1 + 8, "found '20000000'", "Repeat 20000000 times: Rest for 1 h");
        assertError(L1 + 8, "found '99999999999999999999999'", "Repeat 99999999999999999999999 times: Rest for 1 h");
        assertError(L1 + 8, List.of("whole number of times", "found '2.5'"), "Repeat 2.5 times: Rest for 1 h");
        assertError(L1 + 8, "found '-3'", "Repeat -3 times: Rest for 1 h");
    }

    @Test
    void aRampsLargestCurrentMustReachItsStart() {
        assertError(L1 + 74, "at or above the start", "Ramp from 1 mA/cm2 by 0.25 mA/cm2 with 0.25 mAh/cm2 per half cycle until 0.5 mA/cm2");
        assertError(L1 + 11, List.of("at most 500 A/m2", "found 600 A/m2"),
                "Ramp from 60 mA/cm2 by 1 mA/cm2 with 0.25 mAh/cm2 per half cycle until short");
    }

    @Test
    void mistakesInsideARepeatNameTheColumnOfTheWholeLine() {
        assertError("protocol line 2, column 65", List.of("expected a voltage", "found 'X'"), "Rest for 1 h",
                "Repeat 5 times: Charge at 1C until 4.2 V; Discharge at 1C until X V");
        assertError(L1 + 31, "unknown step 'Chrage'; a step starts with one of", "Repeat 2 times: Rest for 1 h; Chrage at 1C for 1 h");
        assertError(L1 + 30, "expected a step such as 'Rest for 10 min', found nothing", "Repeat 2 times: Rest for 1 h;");
        assertError(L1 + 17, "expected a step such as 'Rest for 10 min', found nothing", "Repeat 2 times: ; Rest for 1 h");
    }

    @Test
    void aRepeatCannotContainAnotherRepeat() {
        assertError(L1 + 17, List.of("a repeat cannot contain another repeat", "found 'Repeat 2 times: Rest for 1 h'"),
                "Repeat 2 times: Repeat 2 times: Rest for 1 h");
        assertError(L1 + 31, "a repeat cannot contain another repeat",
                "Repeat 2 times: Rest for 1 h; GITT: Discharge at 0.1C for 10 min, Rest for 1 h, until 3.0 V");
    }

    @Test
    void gittNeedsATimedCurrentPulseARestAndABound() {
        assertError(L1 + 7, List.of("expected a current pulse with a time", "found 'Discharge at 0.1C until 3.0 V'"),
                "GITT: Discharge at 0.1C until 3.0 V, Rest for 1 h, until 3.0 V");
        assertError(L1 + 7, "expected a current pulse with a time", "GITT: Rest for 10 min, Rest for 1 h, until 3.0 V");
        assertError(L1 + 37, List.of("expected a rest such as 'Rest for 1 h'", "found 'Charge at 1C for 1 h'"),
                "GITT: Discharge at 0.1C for 10 min, Charge at 1C for 1 h, until 3.0 V");
        assertError(L1 + 49, List.of("expected three parts separated by ','", "found 2 parts"),
                "GITT: Discharge at 0.1C for 10 min, Rest for 1 h");
        assertError(L1 + 62, "found 4 parts", "GITT: Discharge at 0.1C for 10 min, Rest for 1 h, until 3.0 V, Rest for 1 h");
        assertError(L1 + 7, "unknown step 'Pulse'", "GITT: Pulse at 0.1C for 10 min, Rest for 1 h, until 3.0 V");
    }
}
