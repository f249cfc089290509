package io.interphase.protocol;

import io.interphase.api.InvalidInputException;
import io.interphase.api.run.Protocol;
import io.interphase.api.run.Step;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.DoubleSupplier;

/**
 * Parses a protocol, one step per line. The parser knows no step itself: each line goes to the first
 * installed {@link Protocol} that accepts it, so a bundle adds a step type by adding a service.
 * Blank lines and lines starting with '#' are skipped but still counted, so that every error names
 * the line and column the researcher sees ("protocol line 3, column 11").
 */
public final class ProtocolParser {

    private ProtocolParser() {
    }

    /**
     * The steps of the lines, in order.
     *
     * @param protocols the installed protocols; the first that accepts a line parses it
     * @param oneC the current density of 1C, A/m², asked only when a line gives a C-rate; it may throw
     *     {@link InvalidInputException} for a cell without capacity (the error is moved to the C-rate)
     * @throws InvalidInputException naming "protocol line N, column M" of the first mistake; or the field
     *     "protocol" if there is no step at all
     */
    public static List<Step> parse(List<String> lines, Collection<? extends Protocol> protocols, DoubleSupplier oneC) {
        return parse(lines, protocols, oneC, null);
    }

    /** The same, with the cell's area (m²) for currents written in amperes; null where there is no cell. */
    public static List<Step> parse(List<String> lines, Collection<? extends Protocol> protocols, DoubleSupplier oneC,
            DoubleSupplier area) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i) == null ? "" : lines.get(i);
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            steps.add(new LineContext(i + 1, 0, protocols, oneC, area, true).parse(line, 0));
        }
        if (steps.isEmpty()) {
            throw new InvalidInputException("protocol", "expected at least one step such as 'Rest for 10 min', found "
                    + (lines.isEmpty() ? "no line" : "only comments and blank lines"));
        }
        return steps;
    }

    /**
     * The first words the protocols accept, for an error: the {@link Keywords} of those that declare
     * them, the id of those that do not.
     */
    public static String firstWords(Collection<? extends Protocol> protocols) {
        Set<String> words = new LinkedHashSet<>();
        for (Protocol p : protocols) {
            if (p instanceof Keywords k) {
                words.addAll(k.keywords());
            } else {
                words.add("the lines of protocol '" + p.id() + "'");
            }
        }
        return words.isEmpty() ? "nothing (no protocol is installed)" : String.join(", ", words);
    }

    /**
     * One line being parsed. {@code offset} is the 0-based column of the text now being parsed within
     * the line, so a nested step (a step of a Repeat) reports columns of the whole line.
     */
    private record LineContext(int line, int offset, Collection<? extends Protocol> protocols, DoubleSupplier oneCSupplier,
            DoubleSupplier areaSupplier, boolean wholeLine) implements Protocol.Context {

        @Override
        public Step parse(String text, int column) {
            String stripped = text.strip();
            int start = column + leadingBlanks(text);
            if (stripped.isEmpty()) {
                throw new InvalidInputException(field(start), "expected a step such as 'Rest for 10 min', found nothing");
            }
            LineContext inner = new LineContext(line, offset + start, protocols, oneCSupplier, areaSupplier, false);
            for (Protocol p : protocols) {
                if (accepts(p, stripped)) {
                    return parseWith(p, stripped, inner);
                }
            }
            String word = stripped.split("[\\s:,;]+", 2)[0];
            throw new InvalidInputException(field(start), String.format(Locale.ROOT,
                    "unknown step '%s'; a %s starts with one of: %s", word, wholeLine ? "line" : "step",
                    firstWords(protocols)));
        }

        /** Whether the protocol takes the step; a protocol whose {@code accepts} throws (a broken bundle) takes none. */
        private static boolean accepts(Protocol p, String text) {
            try {
                return p.accepts(text);
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        }

        /** A protocol's own mistakes are reported as they are; a bare IllegalArgumentException gets the step's place. */
        private static Step parseWith(Protocol p, String text, LineContext inner) {
            try {
                return p.parse(text, inner);
            } catch (InvalidInputException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                InvalidInputException located = new InvalidInputException(inner.field(0),
                        "cannot use this " + p.id() + " step: " + e.getMessage());
                located.initCause(e);
                throw located;
            } catch (RuntimeException e) {
                // the protocol's own fault, not the line's: say so at the line, and the server stays up
                InvalidInputException located = new InvalidInputException(inner.field(0),
                        "the protocol that reads this step failed (" + e + "); its bundle needs fixing");
                located.initCause(e);
                throw located;
            }
        }

        @Override
        public double area() {
            return areaSupplier == null ? Protocol.Context.super.area() : areaSupplier.getAsDouble();
        }

        @Override
        public double oneC() {
            return oneCSupplier.getAsDouble();
        }

        @Override
        public String field(int column) {
            return String.format(Locale.ROOT, "protocol line %d, column %d", line, offset + column + 1);
        }

        private static int leadingBlanks(String text) {
            int i = 0;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return i;
        }
    }
}
