package io.interphase.exporter.internal;

import java.util.Map;

/** A 3 × 5 dot font for the labels of raster maps: digits, a few letters and signs. */
final class PixelFont {

    static final int WIDTH = 3;
    private static final Map<Character, String> GLYPHS = Map.ofEntries(
            Map.entry('0', "111101101101111"), Map.entry('1', "010110010010111"), Map.entry('2', "111001111100111"),
            Map.entry('3', "111001111001111"), Map.entry('4', "101101111001001"), Map.entry('5', "111100111001111"),
            Map.entry('6', "111100111101111"), Map.entry('7', "111001010010010"), Map.entry('8', "111101111101111"),
            Map.entry('9', "111101111001111"), Map.entry('.', "000000000000010"), Map.entry('-', "000000111000000"),
            Map.entry('=', "000111000111000"), Map.entry(' ', "000000000000000"), Map.entry('u', "000101101101111"),
            Map.entry('m', "000111111101101"), Map.entry('s', "000111100001111"), Map.entry('t', "010111010010011"),
            Map.entry('x', "000101010101101"), Map.entry('i', "010000010010010"), Map.entry('c', "000111100100111"),
            Map.entry('V', "101101101101010"), Map.entry('e', "000111111100111"), Map.entry('p', "000111101111100"),
            Map.entry('h', "100100111101101"), Map.entry('_', "000000000000111"), Map.entry('/', "001001010100100"),
            Map.entry('(', "010100100100010"), Map.entry(')', "010001001001010"));

    private PixelFont() {
    }

    /** Rows of dots; an unknown character draws as a box. */
    static boolean[][] glyph(char c) {
        String bits = GLYPHS.getOrDefault(c, "111101101101111");
        boolean[][] g = new boolean[5][WIDTH];
        for (int i = 0; i < 15; i++) {
            g[i / WIDTH][i % WIDTH] = bits.charAt(i) == '1';
        }
        return g;
    }
}
