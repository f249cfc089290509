package io.interphase.exporter.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * One line plot as a self-contained SVG 1.1 document: frame, grid, 1-2-5 ticks with labels, axis titles
 * and the series as polylines (broken where values are missing). Written by hand so the bundle needs no
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

    private final String title;
    private final String xTitle;
    private final String yTitle;
    private final double[] x;
    private final double[] y;
    private final boolean integerX;
    private final boolean equalAspect;

    /** x and y of equal length; {@code integerX} when x counts something (cycles), so ticks stay whole. */
    SvgPlot(String title, String xTitle, String yTitle, double[] x, double[] y, boolean integerX) {
        this(title, xTitle, yTitle, x, y, integerX, false);
    }

    private SvgPlot(String title, String xTitle, String yTitle, double[] x, double[] y, boolean integerX, boolean equalAspect) {
        this.title = title;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
        this.x = x;
        this.y = y;
        this.integerX = integerX;
        this.equalAspect = equalAspect;
    }

    /** The same plot with one unit as long on both axes, as a Nyquist plot needs (an arc stays a semicircle). */
    SvgPlot withEqualAspect() {
        return new SvgPlot(title, xTitle, yTitle, x, y, integerX, true);
    }

    /** Whether there is anything to draw: a plot without a single finite point is not written at all. */
    boolean hasPoints() {
        for (int i = 0; i < x.length; i++) {
            if (Decimation.drawn(x, y, i)) {
                return true;
            }
        }
        return false;
    }

    /** Axis title with its unit in parentheses, or bare for a dimensionless quantity. */
    static String axisTitle(String name, String unit) {
        return unit.isEmpty() ? name : name + " (" + unit + ")";
    }

    void write(Writer out) throws IOException {
        List<int[]> lines = Decimation.polylines(x, y, MAX_POINTS);
        NiceAxis xAxis = axis(x, lines, integerX);
        NiceAxis yAxis = axis(y, lines, false);
        if (equalAspect) {
            // the axis with fewer units per pixel is widened about its middle to the other's scale
            double unitsPerPixel = Math.max((xAxis.max() - xAxis.min()) / plotWidth(), (yAxis.max() - yAxis.min()) / plotHeight());
            xAxis = xAxis.widenedTo(unitsPerPixel * plotWidth(), false);
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
        for (int[] line : lines) {
            writePolyline(out, line, xAxis, yAxis);
        }
        out.write("</svg>\n");
    }

    private static NiceAxis axis(double[] values, List<int[]> lines, boolean integers) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int[] line : lines) {
            for (int i : line) {
                lo = Math.min(lo, values[i]);
                hi = Math.max(hi, values[i]);
            }
        }
        return NiceAxis.covering(lo, hi, integers);
    }

    private void writeXTicks(Writer out, NiceAxis axis) throws IOException {
        for (double tick : axis.ticks()) {
            double px = px(axis, tick);
            out.write(line(px, TOP, px, TOP + plotHeight(), "#e4e4e4"));
            out.write(line(px, TOP + plotHeight(), px, TOP + plotHeight() + 5, "#333"));
            out.write(text(px, TOP + plotHeight() + 20, "middle", "", axis.label(tick)));
        }
    }

    private void writeYTicks(Writer out, NiceAxis axis) throws IOException {
        for (double tick : axis.ticks()) {
            double py = py(axis, tick);
            out.write(line(LEFT, py, LEFT + plotWidth(), py, "#e4e4e4"));
            out.write(line(LEFT - 5, py, LEFT, py, "#333"));
            out.write(text(LEFT - 8, py + 4, "end", "", axis.label(tick)));
        }
    }

    private void writePolyline(Writer out, int[] line, NiceAxis xAxis, NiceAxis yAxis) throws IOException {
        StringBuilder points = new StringBuilder(line.length * 12);
        for (int i : line) {
            if (points.length() > 0) {
                points.append(' ');
            }
            points.append(fmt(px(xAxis, x[i]))).append(',').append(fmt(py(yAxis, y[i])));
        }
        out.write("<polyline fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"1.5\" stroke-linejoin=\"round\" points=\""
                + points + "\"/>\n");
    }

    private static int plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    private static int plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    private static double px(NiceAxis axis, double value) {
        return LEFT + axis.fraction(value) * plotWidth();
    }

    private static double py(NiceAxis axis, double value) {
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
