package io.interphase.exporter.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * An RGB raster written as PNG (ISO/IEC 15948: signature, IHDR, one zlib IDAT of filter-0 rows, IEND), with the
 * few drawing operations field maps need. Plain Java: no AWT, so nothing depends on a display or on fonts.
 */
final class PngImage {

    final int width;
    final int height;
    private final int[] rgb;

    PngImage(int width, int height, int background) {
        this.width = width;
        this.height = height;
        this.rgb = new int[width * height];
        java.util.Arrays.fill(rgb, background);
    }

    void set(int x, int y, int colour) {
        if (x >= 0 && y >= 0 && x < width && y < height) {
            rgb[y * width + x] = colour;
        }
    }

    void fill(int x0, int y0, int w, int h, int colour) {
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                set(x, y, colour);
            }
        }
    }

    /** Text in {@link PixelFont}, {@code scale} pixels a font dot, top-left at (x, y); returns its width. */
    int text(String s, int x, int y, int scale, int colour) {
        int cx = x;
        for (char c : s.toCharArray()) {
            boolean[][] glyph = PixelFont.glyph(c);
            for (int row = 0; row < glyph.length; row++) {
                for (int col = 0; col < glyph[row].length; col++) {
                    if (glyph[row][col]) {
                        fill(cx + col * scale, y + row * scale, scale, scale, colour);
                    }
                }
            }
            cx += (PixelFont.WIDTH + 1) * scale;
        }
        return cx - x;
    }

    void write(OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        writeInt(header, width);
        writeInt(header, height);
        header.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits, truecolour, deflate, filter 0, no interlace
        chunk(out, "IHDR", header.toByteArray());
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(raw)) {
            byte[] row = new byte[1 + 3 * width];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int c = rgb[y * width + x];
                    row[1 + 3 * x] = (byte) (c >> 16);
                    row[2 + 3 * x] = (byte) (c >> 8);
                    row[3 + 3 * x] = (byte) c;
                }
                z.write(row);
            }
        }
        chunk(out, "IDAT", raw.toByteArray());
        chunk(out, "IEND", new byte[0]);
    }

    byte[] bytes() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        write(b);
        return b.toByteArray();
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        writeInt(b, data.length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        b.write(t);
        b.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        writeInt(b, (int) crc.getValue());
        b.writeTo(out);
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }
}
