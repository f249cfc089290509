package io.interphase.protocol.internal;

/** First-word tests shared by the protocols. */
final class Words {

    private Words() {
    }

    /** True if the line's first word, up to a space or ':', is {@code word} in any case. */
    static boolean startsWith(String line, String word) {
        String s = line.strip();
        if (s.length() < word.length() || !s.regionMatches(true, 0, word, 0, word.length())) {
            return false;
        }
        return s.length() == word.length() || Character.isWhitespace(s.charAt(word.length())) || s.charAt(word.length()) == ':';
    }
}
