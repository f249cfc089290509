package io.interphase.exporter.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.run.FieldFrame;
import io.interphase.api.run.Result;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class FieldExportersTest {

    private static FieldFrame frame(double time) {
        int nx = 5;
        int ny = 3;
        float[] xi = new float[nx * ny];
        float[] c = new float[nx * ny];
        for (int k = 0; k < xi.length; k++) {
            xi[k] = k / (float) (xi.length - 1);
            c[k] = 1 - xi[k];
        }
        Map<String, float[]> fields = new LinkedHashMap<>();
        fields.put("xi", xi);
        fields.put("c", c);
        return new FieldFrame(time, nx, ny, 0.25e-6, fields);
    }

    private static Map<String, byte[]> export(io.interphase.api.run.Exporter e, Result r) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        e.export(r, name -> new ByteArrayOutputStream() {
            @Override
            public void close() {
                files.put(name, toByteArray());
            }
        });
        return files;
    }

    @Test
    void eachSnapshotIsAnImageDataFileWhoseAppendedArraysReadBackAndACollectionListsThemInTime() throws IOException {
        Result r = new Result(List.of(), Map.of(), Map.of(), List.of(frame(0), frame(2.5)));
        Map<String, byte[]> files = export(new VtkExporter(), r);
        assertEquals(List.of("fields/fields.pvd", "fields/frame_0000.vti", "fields/frame_0001.vti"), List.copyOf(files.keySet()));
        String pvd = new String(files.get("fields/fields.pvd"), StandardCharsets.UTF_8);
        assertTrue(pvd.contains("timestep=\"2.5\" part=\"0\" file=\"frame_0001.vti\""), pvd);
        byte[] vti = files.get("fields/frame_0001.vti");
        String text = new String(vti, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("WholeExtent=\"0 5 0 3 0 0\""));
        assertTrue(text.contains("Spacing=\"0.25 0.25 0.25\""));
        int data = text.indexOf("<AppendedData encoding=\"raw\">");
        int start = text.indexOf('_', data) + 1;
        Matcher m = Pattern.compile("Name=\"(\\w+)\" format=\"appended\" offset=\"(\\d+)\"").matcher(text);
        int arrays = 0;
        while (m.find()) {
            ByteBuffer b = ByteBuffer.wrap(vti, start + Integer.parseInt(m.group(2)), 8 + 15 * 4).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(15 * 4, b.getLong(), "the array's byte count header");
            float[] values = new float[15];
            for (int k = 0; k < 15; k++) {
                values[k] = b.getFloat();
            }
            assertArrayEquals(frame(0).field(m.group(1)), values, m.group(1));
            arrays++;
        }
        assertEquals(2, arrays);
        assertTrue(text.endsWith("</AppendedData>\n</VTKFile>\n"));
    }

    @Test
    void aRunWithoutFieldsWritesNoFieldFiles() throws IOException {
        Result r = new Result(List.of(), Map.of(), Map.of());
        assertTrue(export(new VtkExporter(), r).isEmpty());
        assertTrue(export(new FieldMapExporter(), r).isEmpty());
    }

    @Test
    void mapsAreValidPngsWithAColourBarAndTheAnimationHoldsEveryFrame() throws IOException {
        Result r = new Result(List.of(), Map.of(), Map.of(), List.of(frame(0), frame(1), frame(2)));
        Map<String, byte[]> files = export(new FieldMapExporter(), r);
        assertTrue(files.containsKey("fields/xi_0002.png") && files.containsKey("fields/c_0000.png"), files.keySet().toString());
        byte[] png = files.get("fields/xi_0000.png");
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, java.util.Arrays.copyOf(png, 8));
        // every chunk's CRC holds
        int p = 8;
        int chunks = 0;
        while (p < png.length) {
            int length = ByteBuffer.wrap(png, p, 4).getInt();
            CRC32 crc = new CRC32();
            crc.update(png, p + 4, 4 + length);
            assertEquals((int) crc.getValue(), ByteBuffer.wrap(png, p + 8 + length, 4).getInt());
            p += 12 + length;
            chunks++;
        }
        assertEquals(3, chunks);
        String svg = new String(files.get("fields/xi.svg"), StandardCharsets.UTF_8);
        assertEquals(1 + 3, svg.split("data:image/png;base64,", -1).length - 1, "the first frame, then all three as values");
        assertTrue(svg.contains("dur=\"0.75s\""), svg.substring(0, 400));
        // the colour bar runs from viridis' yellow at the top to its purple at the bottom
        PngImage image = FieldMapExporter.map(frame(0), "xi");
        assertEquals(0xFDE725, FieldMapExporter.colour(1));
        assertEquals(0x440154, FieldMapExporter.colour(0));
        assertTrue(image.width > 60 && image.height > 400);
    }
}
