package io.interphase.solver.eis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser of circuit strings:
 * <pre>
 * series   = part ('-' part)*
 * part     = 'p(' series (',' series)+ ')' | element
 * element  = symbol digits         (symbols: R C L CPE W Wo Ws G T)
 * </pre>
 * White space is ignored. Element names must be unique.
 */
final class CircuitParser {

    /** The longest circuit text read: far beyond any equivalent circuit, far below a deep recursion. */
    static final int MAX_LENGTH = 1000;
    private final String text;
    private int pos;
    private final List<Circuit.Element> elements = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private int offset;

    private CircuitParser(String text) {
        this.text = text.replaceAll("\\s+", "");
    }

    static Circuit parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a circuit is needed, e.g. 'R0-p(R1,CPE1)'");
        }
        if (text.length() > MAX_LENGTH) {
            // nesting is parsed recursively: a bound on the text bounds the depth
            throw new IllegalArgumentException("a circuit is at most " + MAX_LENGTH + " characters, got " + text.length());
        }
        CircuitParser p = new CircuitParser(text);
        Circuit.Node root = p.series();
        if (p.pos < p.text.length()) {
            throw p.error("'-', ',' or ')' expected");
        }
        return new Circuit(p.text, root, p.elements);
    }

    private Circuit.Node series() {
        List<Circuit.Node> parts = new ArrayList<>();
        parts.add(part());
        while (peek() == '-') {
            pos++;
            parts.add(part());
        }
        return parts.size() == 1 ? parts.get(0) : new Circuit.Series(List.copyOf(parts));
    }

    private Circuit.Node part() {
        if (text.startsWith("p(", pos)) {
            pos += 2;
            List<Circuit.Node> branches = new ArrayList<>();
            branches.add(series());
            while (peek() == ',') {
                pos++;
                branches.add(series());
            }
            if (peek() != ')') {
                throw error("',' or ')' expected to close p(");
            }
            pos++;
            if (branches.size() < 2) {
                throw error("p( needs at least two branches");
            }
            return new Circuit.Parallel(List.copyOf(branches));
        }
        return element();
    }

    private Circuit.Node element() {
        int start = pos;
        ElementType type = symbol();
        int digits = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos == digits) {
            throw error("a number after " + type.symbol() + " (e.g. " + type.symbol() + "1)");
        }
        String name = text.substring(start, pos);
        if (!names.add(name)) {
            pos = start;
            throw error("element " + name + " appears twice; number each element uniquely");
        }
        Circuit.Element e = new Circuit.Element(type, name, offset);
        offset += type.parameterCount();
        elements.add(e);
        return e;
    }

    /** The longest element symbol at the position. */
    private ElementType symbol() {
        ElementType best = null;
        for (ElementType t : ElementType.values()) {
            if (text.startsWith(t.symbol(), pos) && (best == null || t.symbol().length() > best.symbol().length())) {
                best = t;
            }
        }
        if (best == null) {
            throw error("an element (" + ElementType.symbols() + ") or p( expected");
        }
        pos += best.symbol().length();
        return best;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private IllegalArgumentException error(String expected) {
        return new IllegalArgumentException("circuit '" + text + "', position " + (pos + 1) + ": " + expected);
    }
}
