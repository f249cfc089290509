package io.interphase.run;

import io.interphase.api.units.Units;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A tornado plot of one figure: a bar per assumption from the figure with the assumption divided by the
 * factor to the figure with it multiplied, relative to the base run, the widest at the top.
 */
public final class TornadoSvg {

    private static final int WIDTH = 760;
    private static final int ROW = 26;
    private static final int LEFT = 300;
    private static final int RIGHT = 40;
    private static final int TOP = 60;

    private TornadoSvg() {
    }

    /** The plot of these rows (one figure's), or null when none has a finite change. */
    public static String of(String figure, double factor, List<Sensitivity.Row> rows) {
        List<Sensitivity.Row> shown = rows.stream().filter(r -> Double.isFinite(r.swing()))
                .sorted(Comparator.comparingDouble(Sensitivity.Row::swing).reversed()).toList();
        if (shown.isEmpty()) {
            return null;
        }
        double extent = Math.max(shown.get(0).swing(), 1e-6);
        double centre = LEFT + (WIDTH - LEFT - RIGHT) / 2.0;
        double scale = (WIDTH - LEFT - RIGHT) / 2.0 / extent;
        int height = TOP + ROW * shown.size() + 50;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n", WIDTH, height));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"24\" font-size=\"15\" text-anchor=\"middle\">%s: change "
                + "from the base run (%s) with each assumption ÷%s and ×%s</text>%n", WIDTH / 2, escape(figure),
                Units.format(shown.get(0).base()), Units.format(factor), Units.format(factor)));
        s.append(legend(WIDTH / 2 - 120, 44, "#4a7fb5", "÷" + Units.format(factor)))
                .append(legend(WIDTH / 2 + 40, 44, "#d9822b", "×" + Units.format(factor)));
        for (int i = 0; i < shown.size(); i++) {
            Sensitivity.Row r = shown.get(i);
            int y = TOP + ROW * i;
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", LEFT - 8, y + 16,
                    escape(r.variation().name())));
            s.append(bar(centre, scale, y, (r.low() - r.base()) / Math.abs(r.base()), "#4a7fb5"));
            s.append(bar(centre, scale, y, (r.high() - r.base()) / Math.abs(r.base()), "#d9822b"));
        }
        int axis = TOP + ROW * shown.size() + 8;
        s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"black\"/>%n",
                centre, TOP - 4, centre, axis));
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", LEFT, axis,
                WIDTH - RIGHT, axis));
        for (int k = -2; k <= 2; k++) {
            double x = centre + k * (WIDTH - LEFT - RIGHT) / 4.0;
            double tick = 100 * extent * k / 2;
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s%s %%</text>%n", x,
                    axis + 18, tick > 0 ? "+" : "", Units.format(tick)));
        }
        return s.append("</svg>\n").toString();
    }

    private static String bar(double centre, double scale, int y, double change, String colour) {
        if (!Double.isFinite(change)) {
            return "";
        }
        double x = Math.min(centre, centre + change * scale);
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"%s\" opacity=\"0.85\"/>%n",
                x, y + 3, Math.abs(change * scale), colour);
    }

    private static String legend(int x, int y, String colour, String text) {
        return String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"10\" fill=\"%s\"/>"
                + "<text x=\"%d\" y=\"%d\">assumption %s</text>%n", x, y - 9, colour, x + 20, y, escape(text));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
