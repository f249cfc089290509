package io.interphase.protocol.internal;

import io.interphase.api.FieldError;
import io.interphase.api.InvalidInputException;
import io.interphase.api.run.Protocol;
import io.interphase.api.units.Dimension;
import io.interphase.api.units.Quantity;
import io.interphase.api.units.UnitException;
import io.interphase.api.units.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one protocol line with their columns, read left to right: the one place where the
 * protocols read keywords, numbers with units and C-rates, so that they all accept the same spellings
 * ("2 mA/cm2" or "10min"; "1C", "0.1 C" or "C/10") and report mistakes the same way: at the column of
 * the word, saying what was expected there and what was found.
 */
final class Tokens {

    /** A word and its 0-based column in the text being parsed. */
    record Token(String text, int column) {
    }

    /** A current density, A/m², positive, and the C-rate it was written as (NaN for a current density). */
    record Current(double density, double cRate) {
    }

    private static final Pattern WORD = Pattern.compile("[^\\s,;:]+|[,;:]");

    private final List<Token> tokens = new ArrayList<>();
    private final Protocol.Context context;
    private final int end;
    private int position;

    Tokens(String text, Protocol.Context context) {
        this.context = context;
        this.end = text.length();
        tokens.addAll(split(text));
    }

    private static List<Token> split(String text) {
        List<Token> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new Token(m.group(), m.start()));
        }
        return words;
    }

    /** The context of the text, for errors that are not about one word. */
    Protocol.Context context() {
        return context;
    }

    boolean atEnd() {
        return position >= tokens.size();
    }

    /** The next word, not taken; null at the end. */
    Token peek() {
        return atEnd() ? null : tokens.get(position);
    }

    /** The column of the next word, or just past the text at its end. */
    int nextColumn() {
        return atEnd() ? end : peek().column();
    }

    /** The column just past the text, where "missing at the end" errors point. */
    int endColumn() {
        return end;
    }

    /** Takes the next word, whatever it is; {@code expected} names it in the error at the end of the text. */
    Token next(String expected) {
        if (atEnd()) {
            throw error(end, expected, "the end of the line");
        }
        return tokens.get(position++);
    }

    /** Takes the next word if it is {@code word} in any case. */
    boolean accept(String word) {
        if (!atEnd() && peek().text().equalsIgnoreCase(word)) {
            position++;
            return true;
        }
        return false;
    }

    /** Takes the words of {@code phrase} ("per half cycle", "times:") in any case; returns the last one. */
    Token expect(String phrase) {
        String expected = "'" + phrase + "'";
        Token last = null;
        for (Token word : split(phrase)) {
            last = next(expected);
            if (!last.text().equalsIgnoreCase(word.text())) {
                throw error(last.column(), expected, "'" + last.text() + "'");
            }
        }
        return last;
    }

    void expectEnd() {
        if (!atEnd()) {
            throw error(peek().column(), "the end of the line", "'" + peek().text() + "'");
        }
    }

    /** Moves to the first word at or after the column. */
    void seek(int column) {
        position = 0;
        while (position < tokens.size() && tokens.get(position).column() < column) {
            position++;
        }
    }

    /** A whole number written in digits, from {@code min} to {@code max}: a count of cycles or points. */
    long wholeNumber(long min, long max, String what) {
        String expected = "a whole number of " + what + " from " + min + " to " + max;
        Token n = next(expected);
        if (!n.text().matches("\\d+")) {
            throw error(n.column(), expected, "'" + n.text() + "'");
        }
        String digits = n.text().replaceFirst("^0+(?=\\d)", "");
        long value = digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
        if (value < min || value > max) {
            throw error(n.column(), expected, "'" + n.text() + "'");
        }
        return value;
    }

    /** A positive quantity of the dimension, SI, for example a duration. */
    double positive(Dimension dimension, String example) {
        return quantity(dimension, article(dimension.describe()) + " such as '" + example + "'", true);
    }

    /** A voltage, SI, of either sign: a symmetric cell's voltage may be negative. */
    double voltage(String example) {
        return quantity(Dimension.VOLTAGE, "a voltage such as '" + example + "'", false);
    }

    /**
     * A finite quantity of the dimension, SI, positive if asked.
     *
     * @param expected what the error says was expected ("a time such as '1 h'")
     */
    double quantity(Dimension dimension, String expected, boolean positive) {
        if (atEnd()) {
            throw error(end, expected, "the end of the line");
        }
        Token first = peek();
        String text = takeQuantity();
        if (text == null) {
            throw error(first.column(), expected, "'" + first.text() + "', not a number");
        }
        Quantity q = parseOrNull(text);
        if (q == null || !q.dimension().equals(dimension)) {
            throw error(first.column(), expected, found(text));
        }
        if (positive && !(q.si() > 0)) {
            throw error(first.column(), "a positive " + dimension.describe(), "'" + text + "'");
        }
        return q.si();
    }

    /** The quantity written at the next words, not taken; null if they are not a number with a known unit. */
    Quantity peekQuantity() {
        int saved = position;
        String text = takeQuantity();
        position = saved;
        return text == null ? null : parseOrNull(text);
    }

    /** True if the next words are a C-rate. */
    boolean nextIsCRate() {
        int saved = position;
        String rate = takeCRate();
        position = saved;
        return rate != null;
    }

    /** The next words as an error's "found": a quantity with what is wrong with it, a word, or the end. */
    String foundNext() {
        if (atEnd()) {
            return "the end of the line";
        }
        int saved = position;
        String text = takeQuantity();
        position = saved;
        return text == null ? "'" + peek().text() + "'" : found(text);
    }

    /**
     * A current written as a C-rate ("1C", "0.1 C", "C/10"), a current density ("2 mA/cm2") or a current of the
     * whole cell ("50 mA", over its area); positive.
     */
    Current current(String example) {
        int column = nextColumn();
        String rateText = takeCRate();
        if (rateText == null) {
            String expected = "a C-rate such as '1C', a current density such as '" + example + "' or a current such as '1 mA'";
            Quantity q = peekQuantity();
            if (q != null && Dimension.CURRENT.equals(q.dimension())) {
                double amperes = quantity(Dimension.CURRENT, expected, true);
                return new Current(amperes / context.area(), Double.NaN);
            }
            return new Current(quantity(Dimension.CURRENT_DENSITY, expected, true), Double.NaN);
        }
        double rate = rateText.charAt(0) == 'C' || rateText.charAt(0) == 'c'
                ? 1 / Double.parseDouble(rateText.substring(2))
                : Double.parseDouble(rateText.substring(0, rateText.length() - 1));
        if (!(rate > 0) || !Double.isFinite(rate)) {
            throw error(column, "a positive, finite C-rate such as '1C'", "'" + rateText + "'");
        }
        return new Current(rate * oneC(column, rateText), rate);
    }

    /** 1C of the cell; the run's error for a cell without capacity is moved to the C-rate's column. */
    private double oneC(int column, String rateText) {
        double oneC;
        try {
            oneC = context.oneC();
        } catch (InvalidInputException e) {
            List<FieldError> moved = e.errors().stream()
                    .map(f -> new FieldError(context.field(column), "C-rate '" + rateText + "': " + f.message())).toList();
            InvalidInputException located = new InvalidInputException(moved);
            located.initCause(e);
            throw located;
        }
        if (!(oneC > 0) || !Double.isFinite(oneC)) {
            throw error(column, "a cell whose 1C is a positive current density", "1C = " + Units.format(oneC) + " A/m2");
        }
        return oneC;
    }

    /**
     * Takes a number and its unit, glued on or the next word, and returns them as written; null, taking
     * nothing, if the word is no number.
     */
    private String takeQuantity() {
        Token first = peek();
        if (first == null) {
            return null;
        }
        if (isNumber(first.text())) {
            position++;
            Token unit = peek();
            if (unit == null || unit.text().length() == 1 && ",;:".contains(unit.text())) {
                return first.text();
            }
            position++;
            return first.text() + " " + unit.text();
        }
        if (isGlued(first.text())) {
            position++;
            return first.text();
        }
        return null;
    }

    /** Takes a C-rate and returns it written together ("0.1C"); null, taking nothing, if there is none. */
    private String takeCRate() {
        Token first = peek();
        if (first == null) {
            return null;
        }
        if (isCRate(first.text())) {
            position++;
            return first.text();
        }
        Token after = position + 1 < tokens.size() ? tokens.get(position + 1) : null;
        if (isNumber(first.text()) && after != null && after.text().equalsIgnoreCase("C")) {
            position += 2;
            return first.text() + "C";
        }
        return null;
    }

    private static boolean isNumber(String word) {
        return Units.numberLength(word) == word.length();
    }

    /** A number with its unit glued on ("10min"); a unit never starts with a digit, '.' or a sign. */
    private static boolean isGlued(String word) {
        int n = Units.numberLength(word);
        return n > 0 && n < word.length() && "0123456789.+-".indexOf(word.charAt(n)) < 0;
    }

    /** "1C", "0.1c", "C/10". */
    private static boolean isCRate(String word) {
        if (word.length() > 2 && (word.startsWith("C/") || word.startsWith("c/"))) {
            return isNumber(word.substring(2));
        }
        int n = Units.numberLength(word);
        return n > 0 && n == word.length() - 1 && (word.endsWith("C") || word.endsWith("c"));
    }

    private static Quantity parseOrNull(String text) {
        try {
            return Units.parse(text);
        } catch (UnitException e) {
            return null;
        }
    }

    /** A mistaken quantity as an error's "found": "'2 V', a voltage" or "'10 furlongs' (unknown unit ...)". */
    private static String found(String text) {
        try {
            Quantity q = Units.parse(text);
            if (q.unit().symbol().isEmpty()) {
                return "'" + text + "' without a unit";
            }
            return "'" + text + "', " + (q.dimension().equals(Dimension.NONE) ? "a plain number" : article(q.dimension().describe()));
        } catch (UnitException e) {
            return "'" + text + "' (" + e.getMessage() + ")";
        }
    }

    /** "a time", "an areal capacity". */
    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    InvalidInputException error(int column, String expected, String found) {
        return new InvalidInputException(context.field(column), "expected " + expected + ", found " + found);
    }
}
