package io.interphase.cell.internal;

import io.interphase.api.FieldError;
import io.interphase.api.units.Dimension;
import io.interphase.api.units.UnitException;
import io.interphase.api.units.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads typed values out of JSON-shaped maps and collects a {@link FieldError} for every bad one,
 * so that a reader can report all problems of a description at once.
 */
final class FieldReader {

    /** An allowed range of SI values with the words that describe it in messages. */
    record Range(double min, boolean minInclusive, double max, String description) {
        boolean contains(double v) {
            return (minInclusive ? v >= min : v > min) && v <= max;
        }
    }

    private final List<FieldError> errors = new ArrayList<>();

    List<FieldError> errors() {
        return errors;
    }

    void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Reports every key of {@code map} that is not allowed, so that a typo is not silently ignored. */
    void rejectUnknown(Map<String, ?> map, String prefix, Set<String> allowed) {
        for (String key : map.keySet()) {
            if (!allowed.contains(key)) {
                error(prefix + key, "unknown field; allowed here: " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    /** A quantity written with a unit ("30 um") of the given dimension within the range; empty if absent or bad. */
    OptionalDouble quantity(Object value, String field, Dimension dimension, Range range) {
        if (value == null) {
            return OptionalDouble.empty();
        }
        if (!(value instanceof String text)) {
            error(field, "expected text with a unit such as " + Units.example(dimension) + ", got " + describe(value));
            return OptionalDouble.empty();
        }
        double si;
        try {
            si = Units.parse(text, dimension);
        } catch (UnitException e) {
            error(field, e.getMessage());
            return OptionalDouble.empty();
        }
        if (!range.contains(si)) {
            error(field, "'" + text.strip() + "' is out of range; allowed: " + range.description());
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(si);
    }

    /** A plain number within (min, max); empty if absent or bad. */
    OptionalDouble number(Object value, String field, Range range) {
        if (value == null) {
            return OptionalDouble.empty();
        }
        if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            error(field, "expected a number, " + range.description() + ", got " + describe(value));
            return OptionalDouble.empty();
        }
        if (!range.contains(n.doubleValue())) {
            error(field, n + " is out of range; allowed: " + range.description());
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(n.doubleValue());
    }

    /** The value as a JSON object, or null with an error. */
    @SuppressWarnings("unchecked")
    Map<String, ?> object(Object value, String field, String what) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, ?>) map;
        }
        error(field, "expected an object (" + what + "), got " + describe(value));
        return null;
    }

    static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof String s) {
            return "'" + s + "'";
        }
        if (value instanceof Number) {
            return "the number " + value;
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "a list";
        }
        return value.toString();
    }
}
