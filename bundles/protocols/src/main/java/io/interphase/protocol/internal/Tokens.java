package io.interphase.protocol.internal;

import io.interphase.api.InvalidInputException;
import io.interphase.api.run.Protocol;
import io.interphase.api.units.Dimension;
import io.interphase.api.units.UnitException;
import io.interphase.api.units.Units;
import io.interphase.protocol.ProtocolParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one protocol line with their columns, read left to right. Numbers with units may be
 * written "2 mA/cm2" or "10min"; a C-rate is "1C", "0.1C" or "C/10". Every error names the column of
 * the word it is about and says what was expected there.
 */
final class Tokens {

    record Token(String text, int column) {
    }

    /** A current density, A/m², and the C-rate it was written as (NaN if written as a current density). */
    record Current(double density, double cRate) {
    }

    private static final Pattern WORD = Pattern.compile("[^\\s,;:]+|[,;:]");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern GLUED = Pattern.compile("(" + NUMBER.pattern() + ")([A-Za-zµ%/].*)");
    private static final Pattern C_RATE = Pattern.compile("(\\d+\\.?\\d*|\\.\\d+)C|C/(\\d+\\.?\\d*)");

    private final List<Token> tokens = new ArrayList<>();
    private final Protocol.Context context;
    private final int end;
    private int position;

    Tokens(String line, Protocol.Context context) {
        this.context = context;
        this.end = line.length();
        Matcher m = WORD.matcher(line);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start()));
        }
    }

    boolean atEnd() {
        return position >= tokens.size();
    }

    /** The next word, or null at the end. */
    Token peek() {
        return atEnd() ? null : tokens.get(position);
    }

    Token next(String expected) {
        if (atEnd()) {
            throw error(end, expected, "the end of the line");
        }
        return tokens.get(position++);
    }

    /** Takes the next word if it is {@code word} (any case). */
    boolean accept(String word) {
        if (!atEnd() && tokens.get(position).text().equalsIgnoreCase(word)) {
            position++;
            return true;
        }
        return false;
    }

    void expect(String word) {
        Token t = next("'" + word + "'");
        if (!t.text().equalsIgnoreCase(word)) {
            throw error(t.column(), "'" + word + "'", "'" + t.text() + "'");
        }
    }

    void expectEnd() {
        if (!atEnd()) {
            Token t = peek();
            throw error(t.column(), "the end of the line", "'" + t.text() + "'");
        }
    }

    /** The column just past the line, for "missing at the end" errors. */
    int endColumn() {
        return end;
    }

    /** Moves to the first word at or after the column. */
    void seek(int column) {
        position = 0;
        while (position < tokens.size() && tokens.get(position).column() < column) {
            position++;
        }
    }

    /** A positive finite quantity of the dimension, SI. */
    double quantity(Dimension dimension, String example) {
        Token number = next("a quantity such as '" + example + "'");
        String text = quantityText(number, example);
        double value;
        try {
            value = Units.parse(text, dimension);
        } catch (UnitException e) {
            throw new InvalidInputException(context.field(number.column()), "expected " + dimension.describe()
                    + " such as '" + example + "', found '" + text + "': " + e.getMessage());
        }
        if (!(value > 0) || !Double.isFinite(value)) {
            throw error(number.column(), "a positive " + dimension.describe() + " such as '" + example + "'", "'" + text + "'");
        }
        return value;
    }

    /** True if the next word starts a quantity of this dimension (used to tell limits apart). */
    boolean nextIs(Dimension dimension) {
        int saved = position;
        try {
            Token number = next("");
            Units.parse(quantityText(number, ""), dimension);
            return true;
        } catch (RuntimeException e) {
            return false;
        } finally {
            position = saved;
        }
    }

    /** True if the next word is a C-rate. */
    boolean nextIsCRate() {
        return !atEnd() && C_RATE.matcher(peek().text()).matches();
    }

    /** A current written as a C-rate or a current density; positive. */
    Current current(String example) {
        if (nextIsCRate()) {
            Token t = next("a C-rate");
            Matcher m = C_RATE.matcher(t.text());
            m.matches();
            double rate = m.group(1) != null ? Double.parseDouble(m.group(1)) : 1 / Double.parseDouble(m.group(2));
            if (!(rate > 0) || !Double.isFinite(rate)) {
                throw error(t.column(), "a positive C-rate such as '1C'", "'" + t.text() + "'");
            }
            try {
                return new Current(rate * context.oneC(), rate);
            } catch (InvalidInputException e) {
                throw ProtocolParser.located(e, context.field(t.column()));
            }
        }
        return new Current(quantity(Dimension.CURRENT_DENSITY, example), Double.NaN);
    }

    private String quantityText(Token number, String example) {
        Matcher glued = GLUED.matcher(number.text());
        if (glued.matches()) {
            return glued.group(1) + " " + glued.group(glued.groupCount());
        }
        if (!NUMBER.matcher(number.text()).matches()) {
            throw error(number.column(), "a number" + (example.isEmpty() ? "" : " as in '" + example + "'"),
                    "'" + number.text() + "'");
        }
        Token unit = next("a unit after " + number.text() + (example.isEmpty() ? "" : " as in '" + example + "'"));
        return number.text() + " " + unit.text();
    }

    InvalidInputException error(int column, String expected, String found) {
        return new InvalidInputException(context.field(column),
                String.format(Locale.ROOT, "expected %s, found %s", expected, found));
    }
}
