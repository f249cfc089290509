package io.interphase.exporter.internal;

import io.interphase.api.run.Exporter;
import io.interphase.api.run.FieldFrame;
import io.interphase.api.run.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;

/**
 * Maps of a spatially resolved run's Li fraction ({@code xi}) and Li⁺ concentration ({@code c}) at each snapshot,
 * {@code fields/xi_NNNN.png} and {@code fields/c_NNNN.png}, each with a colour bar (viridis, 0 to 1) and a µm scale
 * bar, the electrolyte at the top; and {@code fields/xi.svg}, the ξ maps as one animation (SMIL, 0.25 s a frame)
 * that a browser plays. Writes nothing for a run without fields.
 */
@Component(service = Exporter.class)
public final class FieldMapExporter implements Exporter {

    /** The mapped fields, each on 0..1. */
    static final List<String> FIELDS = List.of("xi", "c");
    static final double SECONDS_PER_FRAME = 0.25;
    /** matplotlib's viridis at ninths, as anchors for a linear interpolation. */
    private static final int[] VIRIDIS = {0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779,
        0x6DCD59, 0xFDE725};
    private static final int WHITE = 0xFFFFFF;
    private static final int BLACK = 0x000000;
    private static final int TARGET_HEIGHT = 400;

    @Override
    public String formatId() {
        return "maps";
    }

    @Override
    public void export(Result result, Output output) throws IOException {
        List<FieldFrame> frames = result.fields();
        if (frames.isEmpty()) {
            return;
        }
        StringBuilder animation = null;
        for (int i = 0; i < frames.size(); i++) {
            FieldFrame f = frames.get(i);
            for (String field : FIELDS) {
                if (!f.fields().containsKey(field)) {
                    continue;
                }
                PngImage image = map(f, field);
                byte[] png = image.bytes();
                try (OutputStream out = output.open(String.format(Locale.ROOT, "fields/%s_%04d.png", field, i))) {
                    out.write(png);
                }
                if (field.equals("xi")) {
                    animation = frame(animation, png, i, frames.size(), image);
                }
            }
        }
        if (animation != null) {
            animation.append("\"/>\n  </image>\n</svg>\n");
            try (OutputStream out = output.open("fields/xi.svg")) {
                out.write(animation.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Adds a frame to the animation's list of images, opening the SVG with the first. */
    private static StringBuilder frame(StringBuilder svg, byte[] png, int index, int count, PngImage size) {
        String uri = "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
        if (svg == null) {
            svg = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                    + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">%n"
                    + "  <title>Li fraction, %d snapshots</title>%n"
                    + "  <image width=\"%d\" height=\"%d\" xlink:href=\"%s\">%n"
                    + "    <animate attributeName=\"xlink:href\" calcMode=\"discrete\" dur=\"%ss\" repeatCount=\"indefinite\" "
                    + "values=\"", size.width, size.height, size.width, size.height, count, size.width, size.height, uri,
                    Double.toString(SECONDS_PER_FRAME * count)));
        } else {
            svg.append(';');
        }
        return svg.append(uri);
    }

    /** One field of one snapshot as a map with its colour bar, scale bar and title. */
    static PngImage map(FieldFrame f, String field) {
        float[] v = f.fields().get(field);
        int scale = Math.max(1, Math.round((float) TARGET_HEIGHT / f.ny()));
        int mapW = f.nx() * scale;
        int mapH = f.ny() * scale;
        int left = 12;
        int top = 24;
        PngImage img = new PngImage(left + mapW + 70, top + mapH + 34, WHITE);
        for (int j = 0; j < f.ny(); j++) {
            for (int i = 0; i < f.nx(); i++) {
                int colour = colour(v[j * f.nx() + i]);
                // y runs up the cell: row j is drawn from the bottom
                img.fill(left + i * scale, top + (f.ny() - 1 - j) * scale, scale, scale, colour);
            }
        }
        img.text(field + "  t=" + seconds(f.time()), left, 6, 2, BLACK);
        int barX = left + mapW + 12;
        for (int y = 0; y < mapH; y++) {
            img.fill(barX, top + y, 12, 1, colour(1 - (double) y / (mapH - 1)));
        }
        img.text("1", barX + 16, top, 2, BLACK);
        img.text("0.5", barX + 16, top + mapH / 2 - 5, 2, BLACK);
        img.text("0", barX + 16, top + mapH - 10, 2, BLACK);
        double microns = niceLength(f.nx() * f.spacing() * 1e6 / 3);
        int barLength = (int) Math.round(microns * 1e-6 / f.spacing() * scale);
        img.fill(left, top + mapH + 8, barLength, 3, BLACK);
        img.text(format(microns) + " um", left + barLength + 6, top + mapH + 5, 2, BLACK);
        return img;
    }

    /** 1, 2 or 5 times a power of ten, at most {@code max}. */
    static double niceLength(double max) {
        double p = Math.pow(10, Math.floor(Math.log10(max)));
        return max >= 5 * p ? 5 * p : max >= 2 * p ? 2 * p : p;
    }

    private static String format(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }

    private static String seconds(double t) {
        return format(Math.round(t * 10) / 10.0) + " s";
    }

    /** Viridis at v (clamped to 0..1); NaN as black. */
    static int colour(double v) {
        if (Double.isNaN(v)) {
            return BLACK;
        }
        double x = Math.max(0, Math.min(1, v)) * (VIRIDIS.length - 1);
        int i = Math.min(VIRIDIS.length - 2, (int) x);
        double t = x - i;
        int a = VIRIDIS[i];
        int b = VIRIDIS[i + 1];
        int r = (int) Math.round(((a >> 16) & 255) * (1 - t) + ((b >> 16) & 255) * t);
        int g = (int) Math.round(((a >> 8) & 255) * (1 - t) + ((b >> 8) & 255) * t);
        int bl = (int) Math.round((a & 255) * (1 - t) + (b & 255) * t);
        return r << 16 | g << 8 | bl;
    }
}
