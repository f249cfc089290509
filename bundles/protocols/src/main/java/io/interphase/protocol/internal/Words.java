package io.interphase.protocol.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Line helpers shared by the protocols, so that all match first words alike and find the parts of a
 * line (the steps of a Repeat, the parts of a GITT) with the columns their errors must name.
 */
final class Words {

    private Words() {
    }

    /** True if the line's first word, up to a blank or ':', is one of the keywords in any case. */
    static boolean startsWithAny(String line, List<String> keywords) {
        return keywords.stream().anyMatch(k -> startsWith(line, k));
    }

    /** True if the line's first word, up to a blank or ':', is {@code word} in any case. */
    static boolean startsWith(String line, String word) {
        String s = line.strip();
        if (!s.regionMatches(true, 0, word, 0, word.length())) {
            return false;
        }
        return s.length() == word.length() || Character.isWhitespace(s.charAt(word.length()))
                || s.charAt(word.length()) == ':';
    }

    /** The number of blanks before the first word of the text, to turn its columns into the line's. */
    static int leadingBlanks(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The parts of {@code line} after column {@code from}, separated by {@code separator}: each its
     * 0-based start column and its text (which may be blank; the caller says why that is wrong).
     */
    static List<Part> split(String line, int from, char separator) {
        List<Part> parts = new ArrayList<>();
        int start = from;
        while (true) {
            int end = line.indexOf(separator, start);
            if (end < 0) {
                parts.add(new Part(start, line.substring(start)));
                return parts;
            }
            parts.add(new Part(start, line.substring(start, end)));
            start = end + 1;
        }
    }

    /** A part of a line and the column it starts at. */
    record Part(int column, String text) {

        /** The column of its first word. */
        int wordColumn() {
            return column + leadingBlanks(text);
        }
    }
}
