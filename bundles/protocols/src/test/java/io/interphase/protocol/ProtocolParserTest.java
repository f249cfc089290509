package io.interphase.protocol;

import static io.interphase.protocol.internal.Fixture.ONE_C;
import static io.interphase.protocol.internal.Fixture.PROTOCOLS;
import static io.interphase.protocol.internal.Fixture.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.FieldError;
import io.interphase.api.InvalidInputException;
import io.interphase.api.run.Protocol;
import io.interphase.api.run.Step;
import io.interphase.api.run.Stimulus;
import io.interphase.protocol.internal.Fixture;
import io.interphase.protocol.internal.RestProtocol;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/** The parser: line numbers, comments, dispatch to the protocols, nested columns and the 1C supplier. */
class ProtocolParserTest {

    static final DoubleSupplier NO_CAPACITY = () -> {
        throw new InvalidInputException("protocol", "a C-rate needs a cell with a cathode; this cell has no capacity");
    };

    static InvalidInputException error(DoubleSupplier oneC, String... lines) {
        return assertThrows(InvalidInputException.class, () -> ProtocolParser.parse(List.of(lines), PROTOCOLS, oneC));
    }

    @Test
    void commentsAndBlankLinesAreSkippedButCounted() {
        List<Step> steps = Fixture.parse("# formation", "", "   ", "  # an indented comment", "Rest for 1 h",
                "Charge at 1C until 4.2 V");
        assertEquals(2, steps.size());
        assertEquals("Rest", ((Step.Apply) steps.get(0)).action());
        assertEquals("Charge", ((Step.Apply) steps.get(1)).action());
        assertError("protocol line 5, column 8", "expected 'at'", "# formation", "", "   ", "Rest for 1 h", "Charge to 1C");
    }

    @Test
    void anUnknownFirstWordListsTheWordsTheInstalledProtocolsAccept() {
        FieldError e = assertError("protocol line 3, column 1", "unknown step 'Chrage'", "# formation", "",
                "Chrage at 1C until 4.2 V");
        assertEquals("unknown step 'Chrage'; a line starts with one of: Rest, Charge, Discharge, Plate, Strip, Hold, Ramp, "
                + "Repeat, GITT, EIS, Sweep", e.message());
        assertError("protocol line 1, column 1", "unknown step 'Cycle'", "Cycle: Rest for 1 h");
    }

    @Test
    void columnsCountTheIndentOfTheLine() {
        assertError("protocol line 1, column 3", "unknown step 'Chrage'", "  Chrage at 1C until 4.2 V");
        assertError("protocol line 1, column 12", "expected 'for'", "\t   Rest   in 10 min");
    }

    @Test
    void aProtocolWithoutKeywordsIsListedByItsId() {
        Protocol eis = protocol("eis", "EIS", (line, context) -> new Step.Apply("EIS", new Stimulus.Rest(1), Double.NaN));
        List<Protocol> installed = new ArrayList<>(PROTOCOLS.subList(0, 1));
        installed.add(eis);
        assertEquals("Rest, the lines of protocol 'eis'", ProtocolParser.firstWords(installed));
        assertEquals("nothing (no protocol is installed)", ProtocolParser.firstWords(List.of()));
        assertEquals(2, ProtocolParser.parse(List.of("eis now", "Rest for 1 s"), installed, () -> ONE_C).size());
    }

    @Test
    void theFirstProtocolThatAcceptsALineParsesIt() {
        Step.Apply mine = new Step.Apply("Rest", new Stimulus.Rest(42), Double.NaN);
        List<Protocol> installed = List.of(protocol("my-rest", "Rest", (line, context) -> mine), new RestProtocol());
        assertEquals(List.of(mine), ProtocolParser.parse(List.of("Rest for 1 h"), installed, () -> ONE_C));
    }

    @Test
    void theContextNamesColumnsOfTheWholeLineAndParsesNestedTextInPlace() {
        List<String> fields = new ArrayList<>();
        Protocol probe = protocol("probe", "Probe", (line, context) -> {
            fields.add(context.field(0));
            fields.add(context.field(6));
            return context.parse(line.substring(6), 6);
        });
        List<Protocol> installed = new ArrayList<>(PROTOCOLS);
        installed.add(probe);
        Step step = ProtocolParser.parse(List.of("", "  Probe Rest for 10 min"), installed, () -> ONE_C).get(0);
        assertEquals(List.of("protocol line 2, column 3", "protocol line 2, column 9"), fields);
        assertEquals(new Stimulus.Rest(600), ((Step.Apply) step).stimulus());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ProtocolParser.parse(List.of("", "  Probe  Rest for 10 lightyears"), installed, () -> ONE_C));
        assertEquals("protocol line 2, column 19", e.errors().get(0).field());
    }

    @Test
    void aCRateOnACellWithoutCapacityIsLocatedAtTheCRate() {
        InvalidInputException e = error(NO_CAPACITY, "Charge at 1C until 4.2 V");
        assertEquals(1, e.errors().size());
        assertEquals("protocol line 1, column 11", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("C-rate '1C'"), e.getMessage());
        assertTrue(e.errors().get(0).message().contains("this cell has no capacity"), e.getMessage());
        e = error(NO_CAPACITY, "Rest for 1 h", "Repeat 2 times: Charge at 1C until 4.2 V");
        assertEquals("protocol line 2, column 27", e.errors().get(0).field());
        e = error(NO_CAPACITY, "Hold at 4.2 V until 0.05 C");
        assertEquals("protocol line 1, column 21", e.errors().get(0).field());
    }

    @Test
    void theCapacityIsAskedOnlyForACRate() {
        List<Step> steps = ProtocolParser.parse(List.of("Plate at 2 mA/cm2 for 1 h", "Strip at 2 mA/cm2 for 1 h"), PROTOCOLS,
                NO_CAPACITY);
        assertEquals(2, steps.size());
        InvalidInputException e = error(() -> 0, "Discharge at 1C until 3.0 V");
        assertEquals("protocol line 1, column 14", e.errors().get(0).field());
        assertTrue(e.getMessage().contains("1C is a positive current density"), e.getMessage());
    }

    @Test
    void aProtocolsBareIllegalArgumentIsLocatedAtItsStep() {
        Protocol broken = protocol("broken", "Broken", (line, context) -> {
            throw new IllegalArgumentException("no good");
        });
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ProtocolParser.parse(List.of("Rest for 1 h", " Broken step"), List.of(new RestProtocol(), broken), () -> ONE_C));
        assertEquals("protocol line 2, column 2", e.errors().get(0).field());
        assertTrue(e.getMessage().contains("no good"), e.getMessage());
    }

    @Test
    void aProtocolWithoutStepsIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ProtocolParser.parse(List.of(), PROTOCOLS, () -> ONE_C));
        assertEquals("protocol", e.errors().get(0).field());
        assertError("protocol", "found only comments and blank lines", "# nothing", " ");
        assertEquals(1, ProtocolParser.parse(Arrays.asList(null, "Rest for 1 h"), PROTOCOLS, () -> ONE_C).size());
    }

    /** A protocol accepting lines that start with {@code word}, without {@link Keywords}. */
    static Protocol protocol(String id, String word, BiFunction<String, Protocol.Context, Step> parse) {
        return new Protocol() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public boolean accepts(String line) {
                return line.regionMatches(true, 0, word, 0, word.length());
            }

            @Override
            public Step parse(String line, Context context) {
                return parse.apply(line, context);
            }
        };
    }

    @Test
    void aProtocolWhoseMethodsThrowSpoilsNoOtherLineAndItsOwnIsALocatedError() {
        Protocol broken = new Protocol() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public boolean accepts(String line) {
                if (line.startsWith("Rest")) {
                    throw new IllegalStateException("half-finished accepts");
                }
                return line.startsWith("Boom");
            }

            @Override
            public Step parse(String line, Context context) {
                throw new NullPointerException("half-finished parse");
            }
        };
        List<Protocol> protocols = new ArrayList<>(List.of(broken));
        protocols.addAll(PROTOCOLS);
        assertEquals(1, ProtocolParser.parse(List.of("Rest for 10 min"), protocols, () -> ONE_C).size(), "the others read it");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ProtocolParser.parse(List.of("Rest for 1 min", "Boom now"), protocols, () -> ONE_C));
        FieldError f = e.errors().get(0);
        assertEquals("protocol line 2, column 1", f.field());
        assertTrue(f.message().contains("the protocol that reads this step failed"), f.message());
    }
}
