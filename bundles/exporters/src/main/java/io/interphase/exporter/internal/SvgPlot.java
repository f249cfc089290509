package io.interphase.exporter.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * One line plot as a self-contained SVG 1.1 document: frame, grid, 1-2-5 ticks with labels, axis titles,
 * the series as polylines (broken where values are missing), each in its own colour with optional point
 * markers, and a legend naming them. Written by hand so the bundle needs no
 * plotting library; decimated first so a long run stays a small file.
 */
final class SvgPlot {

    /** Drawn points per series at most; a few per horizontal pixel is all the eye can tell apart. */
    static final int MAX_POINTS = 4000;

    private static final int WIDTH = 720;
    private static final int HEIGHT = 480;
    private static final int LEFT = 80;
    private static final int RIGHT = 24;
    private static final int TOP = 44;
    private static final int BOTTOM = 64;

    /** One curve: its name for the legend (empty: none), its points, and whether each point gets a marker. */
    record Series(String name, double[] x, double[] y, boolean markers) {
    }

    /** Colours told apart also in grey and by most colour-blind readers (Okabe & Ito's palette). */
    private static final String[] COLOURS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"};

    private final String title;
    private final String xTitle;
    private final String yTitle;
    private final List<Series> series;
    private final boolean integerX;
    private final boolean equalAspect;
    private final boolean logX;

    /** x and y of equal length; {@code integerX} when x counts something (cycles), so ticks stay whole. */
    SvgPlot(String title, String xTitle, String yTitle, double[] x, double[] y, boolean integerX) {
        this(title, xTitle, yTitle, List.of(new Series("", x, y, false)), integerX, false, false);
    }

    /** Several curves on one pair of axes, each in its own colour and named in a legend. */
    SvgPlot(String title, String xTitle, String yTitle, List<Series> series, boolean integerX) {
        this(title, xTitle, yTitle, series, integerX, false, false);
    }

    private SvgPlot(String title, String xTitle, String yTitle, List<Series> series, boolean integerX, boolean equalAspect,
            boolean logX) {
        this.title = title;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
        this.series = List.copyOf(series);
        this.integerX = integerX;
        this.equalAspect = equalAspect;
        this.logX = logX;
    }

    /** The same plot with one unit as long on both axes, as a Nyquist plot needs (an arc stays a semicircle). */
    SvgPlot withEqualAspect() {
        return new SvgPlot(title, xTitle, yTitle, series, integerX, true, false);
    }

    /** The same plot with a logarithmic x axis, for a quantity that spans decades (a C-rate); x must be positive. */
    SvgPlot withLogX() {
        return new SvgPlot(title, xTitle, yTitle, series, false, false, true);
    }

    /** Whether there is anything to draw: a plot without a single finite point is not written at all. */
    boolean hasPoints() {
        for (Series c : series) {
            for (int i = 0; i < c.x().length; i++) {
                if (Decimation.drawn(c.x(), c.y(), i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Axis title with its unit in parentheses, or bare for a dimensionless quantity. */
    static String axisTitle(String name, String unit) {
        return unit.isEmpty() ? name : name + " (" + unit + ")";
    }

    void write(Writer out) throws IOException {
        List<List<int[]>> lines = new java.util.ArrayList<>();
        for (Series c : series) {
            lines.add(Decimation.polylines(c.x(), c.y(), MAX_POINTS / series.size()));
        }
        double[] xRange = range(true, lines);
        double[] yRange = range(false, lines);
        NiceAxis linearX = NiceAxis.covering(xRange[0], xRange[1], integerX);
        NiceAxis yAxis = NiceAxis.covering(yRange[0], yRange[1], false);
        Axis xAxis = logX ? LogAxis.covering(xRange[0], xRange[1]) : linearX;
        if (equalAspect) {
            // the axis with fewer units per pixel is widened about its middle to the other's scale
            double unitsPerPixel = Math.max((linearX.max() - linearX.min()) / plotWidth(), (yAxis.max() - yAxis.min()) / plotHeight());
            xAxis = linearX.widenedTo(unitsPerPixel * plotWidth(), false);
            yAxis = yAxis.widenedTo(unitsPerPixel * plotHeight(), yAxis.min() >= 0);
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + WIDTH + "\" height=\""
                + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" font-family=\"sans-serif\" font-size=\"12\">\n");
        out.write("<rect width=\"" + WIDTH + "\" height=\"" + HEIGHT + "\" fill=\"white\"/>\n");
        out.write(text(WIDTH / 2.0, 26, "middle", "font-size=\"16\"", title));
        writeXTicks(out, xAxis);
        writeYTicks(out, yAxis);
        out.write("<rect x=\"" + LEFT + "\" y=\"" + TOP + "\" width=\"" + plotWidth() + "\" height=\"" + plotHeight()
                + "\" fill=\"none\" stroke=\"#333\"/>\n");
        out.write(text(LEFT + plotWidth() / 2.0, HEIGHT - 16, "middle", "", xTitle));
        out.write("<text x=\"0\" y=\"0\" text-anchor=\"middle\" transform=\"translate(20 " + fmt(TOP + plotHeight() / 2.0)
                + ") rotate(-90)\">" + escape(yTitle) + "</text>\n");
        for (int s = 0; s < series.size(); s++) {
            for (int[] line : lines.get(s)) {
                writePolyline(out, series.get(s), line, COLOURS[s % COLOURS.length], xAxis, yAxis);
            }
        }
        writeLegend(out);
        out.write("</svg>\n");
    }

    /** The smallest and largest drawn value along x or y. */
    private double[] range(boolean horizontal, List<List<int[]>> lines) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < series.size(); s++) {
            double[] values = horizontal ? series.get(s).x() : series.get(s).y();
            for (int[] line : lines.get(s)) {
                for (int i : line) {
                    lo = Math.min(lo, values[i]);
                    hi = Math.max(hi, values[i]);
                }
            }
        }
        return new double[] {lo, hi};
    }

    /** The named series in a box at the plot's top right: a stroke and marker in each one's colour, then its name. */
    private void writeLegend(Writer out) throws IOException {
        List<Integer> named = new java.util.ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            if (!series.get(s).name().isEmpty()) {
                named.add(s);
            }
        }
        if (named.isEmpty()) {
            return;
        }
        int longest = named.stream().mapToInt(s -> series.get(s).name().length()).max().orElse(0);
        double width = 40 + 7 * longest;
        double height = 8 + 18 * named.size();
        double left = LEFT + plotWidth() - width - 8;
        double top = TOP + 8;
        out.write("<g class=\"legend\"><rect x=\"" + fmt(left) + "\" y=\"" + fmt(top) + "\" width=\"" + fmt(width)
                + "\" height=\"" + fmt(height) + "\" fill=\"white\" fill-opacity=\"0.9\" stroke=\"#999\"/>\n");
        for (int k = 0; k < named.size(); k++) {
            int s = named.get(k);
            String colour = COLOURS[s % COLOURS.length];
            double y = top + 16 + 18 * k;
            out.write("<line x1=\"" + fmt(left + 8) + "\" y1=\"" + fmt(y - 4) + "\" x2=\"" + fmt(left + 28) + "\" y2=\""
                    + fmt(y - 4) + "\" stroke=\"" + colour + "\" stroke-width=\"2\"/>\n");
            if (series.get(s).markers()) {
                out.write(marker(left + 18, y - 4, colour));
            }
            out.write(text(left + 34, y, "start", "", series.get(s).name()));
        }
        out.write("</g>\n");
    }

    private void writeXTicks(Writer out, Axis axis) throws IOException {
        for (double tick : axis.ticks()) {
            double px = px(axis, tick);
            out.write(line(px, TOP, px, TOP + plotHeight(), "#e4e4e4"));
            out.write(line(px, TOP + plotHeight(), px, TOP + plotHeight() + 5, "#333"));
            out.write(text(px, TOP + plotHeight() + 20, "middle", "", axis.label(tick)));
        }
    }

    private void writeYTicks(Writer out, Axis axis) throws IOException {
        for (double tick : axis.ticks()) {
            double py = py(axis, tick);
            out.write(line(LEFT, py, LEFT + plotWidth(), py, "#e4e4e4"));
            out.write(line(LEFT - 5, py, LEFT, py, "#333"));
            out.write(text(LEFT - 8, py + 4, "end", "", axis.label(tick)));
        }
    }

    private static void writePolyline(Writer out, Series c, int[] line, String colour, Axis xAxis, Axis yAxis)
            throws IOException {
        StringBuilder points = new StringBuilder(line.length * 12);
        for (int i : line) {
            if (points.length() > 0) {
                points.append(' ');
            }
            points.append(fmt(px(xAxis, c.x()[i]))).append(',').append(fmt(py(yAxis, c.y()[i])));
        }
        out.write("<polyline fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"1.5\" stroke-linejoin=\"round\" points=\""
                + points + "\"/>\n");
        if (c.markers()) {
            for (int i : line) {
                out.write(marker(px(xAxis, c.x()[i]), py(yAxis, c.y()[i]), colour));
            }
        }
    }

    private static String marker(double x, double y, String colour) {
        return "<circle cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"2.5\" fill=\"" + colour + "\"/>\n";
    }

    private static int plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    private static int plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    private static double px(Axis axis, double value) {
        return LEFT + axis.fraction(value) * plotWidth();
    }

    private static double py(Axis axis, double value) {
        return TOP + (1 - axis.fraction(value)) * plotHeight();
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + stroke + "\"/>\n";
    }

    private static String text(double x, double y, String anchor, String attributes, String content) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\""
                + (attributes.isEmpty() ? "" : " " + attributes) + ">" + escape(content) + "</text>\n";
    }

    /** A coordinate to a tenth of a pixel: finer would only grow the file. */
    static String fmt(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> b.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
            }
        }
        return b.toString();
    }
}
