package io.interphase.protocol;

import io.interphase.api.FieldError;
import io.interphase.api.InvalidInputException;
import io.interphase.api.run.Protocol;
import io.interphase.api.run.Step;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;

/**
 * Parses a protocol, one step per line. Blank lines and lines starting with '#' are skipped. Each
 * other line goes to the first installed protocol that accepts it; a line none accepts is an error
 * naming its first word.
 */
public final class ProtocolParser {

    private ProtocolParser() {
    }

    /**
     * @param oneC the current density of 1C, A/m²; throws {@link InvalidInputException} for a cell without capacity
     * @throws InvalidInputException naming "protocol line N, column M" of the first mistake
     */
    public static List<Step> parse(List<String> lines, Collection<? extends Protocol> protocols, DoubleSupplier oneC) {
        List<Step> steps = new ArrayList<>();
        if (lines.isEmpty()) {
            throw new InvalidInputException("protocol", "a protocol needs at least one line, such as 'Rest for 10 min'");
        }
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i) == null ? "" : lines.get(i);
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int indent = raw.indexOf(line.charAt(0));
            steps.add(new LineContext(i + 1, indent, protocols, oneC).parse(line, 0));
        }
        if (steps.isEmpty()) {
            throw new InvalidInputException("protocol", "the protocol has only comments and blank lines");
        }
        return steps;
    }

    /** The context of one line: nested parses keep the line number and shift columns. */
    private record LineContext(int line, int offset, Collection<? extends Protocol> protocols, DoubleSupplier oneCSupplier)
            implements Protocol.Context {

        @Override
        public Step parse(String text, int column) {
            String stripped = text.strip();
            int at = column + Math.max(0, text.indexOf(stripped.isEmpty() ? " " : stripped.substring(0, 1)));
            LineContext shifted = new LineContext(line, offset + at, protocols, oneCSupplier);
            for (Protocol p : protocols) {
                if (p.accepts(stripped)) {
                    return p.parse(stripped, shifted);
                }
            }
            String word = stripped.isEmpty() ? "" : stripped.split("[\\s:]+")[0];
            throw new InvalidInputException(field(at), String.format(Locale.ROOT,
                    "unknown step '%s'; a step starts with one of: %s", word, firstWords()));
        }

        @Override
        public double oneC() {
            return oneCSupplier.getAsDouble();
        }

        @Override
        public String field(int column) {
            return String.format(Locale.ROOT, "protocol line %d, column %d", line, offset + column + 1);
        }

        private String firstWords() {
            List<String> words = new ArrayList<>();
            for (Protocol p : protocols) {
                words.add(p.id());
            }
            return String.join(", ", words);
        }
    }

    /** Re-throws an error of the 1C supplier at the column where the C-rate is written. */
    public static InvalidInputException located(InvalidInputException e, String field) {
        List<FieldError> errors = new ArrayList<>();
        for (FieldError f : e.errors()) {
            errors.add(new FieldError(field, f.message()));
        }
        return new InvalidInputException(errors);
    }
}
