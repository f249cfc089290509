package io.interphase.analysis.internal;

import io.interphase.api.InvalidInputException;
import io.interphase.api.units.Dimension;
import io.interphase.api.units.Units;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command's arguments: positional words and {@code --name value} options from an allowed set. */
record Arguments(List<String> positional, Map<String, String> options) {

    static Arguments parse(List<String> args, Set<String> allowed) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                String name = a.substring(2);
                if (!allowed.contains(name)) {
                    throw new InvalidInputException(a, "unknown option; allowed: --" + String.join(", --", allowed));
                }
                if (i + 1 >= args.size()) {
                    throw new InvalidInputException(a, "needs a value");
                }
                options.put(name, args.get(++i));
            } else {
                positional.add(a);
            }
        }
        return new Arguments(positional, options);
    }

    String positional(int i, String what) {
        if (positional.size() <= i) {
            throw new InvalidInputException(what, "missing");
        }
        return positional.get(i);
    }

    String required(String name, String example) {
        String v = options.get(name);
        if (v == null) {
            throw new InvalidInputException("--" + name, "required, for example --" + name + " " + example);
        }
        return v;
    }

    /** An option's value in SI; a bare number is taken in the given default unit. */
    double quantity(String name, Dimension dimension, String defaultValue, String bareUnit) {
        String text = options.getOrDefault(name, defaultValue);
        if (text == null) {
            return Double.NaN;
        }
        try {
            return Units.parse(text.matches("\\s*[-+0-9.eE]+\\s*") ? text + " " + bareUnit : text, dimension);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--" + name, e.getMessage());
        }
    }

    int integer(String name, int defaultValue, int min, int max) {
        String text = options.get(name);
        if (text == null) {
            return defaultValue;
        }
        try {
            int v = Integer.parseInt(text.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException("--" + name, "must be a whole number from " + min + " to " + max + ", got '" + text + "'");
    }

    /** "R0=10,R1=100" as a map; each value a positive finite number. */
    Map<String, Double> assignments(String name) {
        Map<String, Double> values = new LinkedHashMap<>();
        String text = options.get(name);
        if (text == null || text.isBlank()) {
            return values;
        }
        for (String part : text.split(",")) {
            String[] kv = part.split("=", 2);
            try {
                if (kv.length == 2) {
                    values.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
                    continue;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new InvalidInputException("--" + name, "'" + part + "' is not NAME=NUMBER; write e.g. R0=10,CPE1_1=0.9");
        }
        return values;
    }
}
