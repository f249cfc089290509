package io.interphase.exporter.internal;

import io.interphase.api.run.Exporter;
import io.interphase.api.run.FieldFrame;
import io.interphase.api.run.Result;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;

/**
 * A spatially resolved run's fields as VTK XML image data: {@code fields/frame_NNNN.vti} per snapshot (every field
 * as cell data, Float32, appended raw binary, lengths in µm) and {@code fields/fields.pvd}, the collection that
 * ParaView opens as one time series. Writes nothing for a run without fields.
 */
@Component(service = Exporter.class)
public final class VtkExporter implements Exporter {

    @Override
    public String formatId() {
        return "vtk";
    }

    @Override
    public void export(Result result, Output output) throws IOException {
        List<FieldFrame> frames = result.fields();
        if (frames.isEmpty()) {
            return;
        }
        StringBuilder pvd = new StringBuilder("<?xml version=\"1.0\"?>\n<VTKFile type=\"Collection\" version=\"1.0\">\n"
                + "  <Collection>\n");
        for (int i = 0; i < frames.size(); i++) {
            String name = String.format(Locale.ROOT, "frame_%04d.vti", i);
            try (OutputStream out = new BufferedOutputStream(output.open("fields/" + name), 1 << 16)) {
                write(frames.get(i), out);
            }
            pvd.append(String.format(Locale.ROOT, "    <DataSet timestep=\"%s\" part=\"0\" file=\"%s\"/>%n",
                    Double.toString(frames.get(i).time()), name));
        }
        pvd.append("  </Collection>\n</VTKFile>\n");
        try (OutputStream out = output.open("fields/fields.pvd")) {
            out.write(pvd.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** One snapshot: the XML header, then each array as an 8-byte length and its little-endian floats. */
    static void write(FieldFrame f, OutputStream out) throws IOException {
        int n = f.nx() * f.ny();
        long arrayBytes = 4L * n;
        String spacing = Double.toString(f.spacing() * 1e6);
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\"?>\n")
                .append("<!-- lengths in um; time ").append(f.time()).append(" s -->\n")
                .append("<VTKFile type=\"ImageData\" version=\"1.0\" byte_order=\"LittleEndian\" header_type=\"UInt64\">\n")
                .append("  <ImageData WholeExtent=\"0 ").append(f.nx()).append(" 0 ").append(f.ny())
                .append(" 0 0\" Origin=\"0 0 0\" Spacing=\"").append(spacing).append(' ').append(spacing).append(' ')
                .append(spacing).append("\">\n")
                .append("    <Piece Extent=\"0 ").append(f.nx()).append(" 0 ").append(f.ny()).append(" 0 0\">\n")
                .append("      <CellData Scalars=\"").append(f.fields().keySet().iterator().next()).append("\">\n");
        long offset = 0;
        for (String name : f.fields().keySet()) {
            xml.append("        <DataArray type=\"Float32\" Name=\"").append(name)
                    .append("\" format=\"appended\" offset=\"").append(offset).append("\"/>\n");
            offset += 8 + arrayBytes;
        }
        xml.append("      </CellData>\n    </Piece>\n  </ImageData>\n  <AppendedData encoding=\"raw\">\n   _");
        Writer w = new OutputStreamWriter(out, StandardCharsets.US_ASCII);
        w.write(xml.toString());
        w.flush();
        ByteBuffer buffer = ByteBuffer.allocate(8 + 4 * n).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] values : f.fields().values()) {
            buffer.clear();
            buffer.putLong(arrayBytes);
            for (float v : values) {
                buffer.putFloat(v);
            }
            out.write(buffer.array(), 0, buffer.position());
        }
        w.write("\n  </AppendedData>\n</VTKFile>\n");
        w.flush();
    }
}
