package io.interphase.exporter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.run.Column;
import io.interphase.api.run.Result;
import io.interphase.api.run.Table;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgExporterTest {

    private static final String SVG = "http://www.w3.org/2000/svg";

    private static Table timeseries(double[] seconds, double[] volts) {
        return new Table("timeseries", List.of(new Column("Test Time", "s", seconds), new Column("Voltage", "V", volts)));
    }

    private static Table cycles(double[] specific, double[] ah, double[] retention) {
        double[] n = new double[specific.length];
        Arrays.setAll(n, i -> i + 1);
        return new Table("cycles", List.of(new Column("Cycle Count", "", n),
                new Column("Specific Discharge Capacity", "mAh/g", specific),
                new Column("Discharge Capacity", "Ah", ah), new Column("Retention", "", retention)));
    }

    private static MemoryOutput export(Table... tables) throws IOException {
        MemoryOutput out = new MemoryOutput();
        new SvgExporter().export(new Result(List.of(tables), Map.of(), Map.of()), out);
        assertTrue(out.allClosed());
        return out;
    }

    private static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals("0 0 720 480", doc.getDocumentElement().getAttribute("viewBox"));
        return doc;
    }

    /** The points of every polyline, each as {x, y} in pixels. */
    private static List<List<double[]>> polylines(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline");
        List<List<double[]>> lines = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            List<double[]> points = new ArrayList<>();
            for (String pair : ((Element) nodes.item(i)).getAttribute("points").trim().split("\\s+")) {
                String[] xy = pair.split(",");
                points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
            }
            lines.add(points);
        }
        return lines;
    }

    private static String texts(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < nodes.getLength(); i++) {
            b.append(nodes.item(i).getTextContent()).append('\n');
        }
        return b.toString();
    }

    @Test
    void allThreePlotsAreWellFormedAndASmallSeriesIsDrawnPointForPoint() throws Exception {
        MemoryOutput out = export(timeseries(new double[] {0, 30, 60, 90, 100}, new double[] {3.0, 3.5, 3.6, 3.9, 4.2}),
                cycles(new double[] {150, 148, 147}, new double[] {1e-3, 1e-3, 1e-3}, new double[] {1, 0.99, 0.98}));
        assertEquals(Set.of("voltage.svg", "capacity.svg", "retention.svg"), out.files().keySet());
        for (byte[] svg : out.files().values()) {
            parse(svg);
        }
        Document voltage = parse(out.files().get("voltage.svg"));
        List<List<double[]>> lines = polylines(voltage);
        assertEquals(1, lines.size());
        assertEquals(5, lines.get(0).size());
        String texts = texts(voltage);
        assertTrue(texts.contains("Test Time (s)") && texts.contains("Voltage (V)"), texts);
        assertTrue(texts(parse(out.files().get("capacity.svg"))).contains("Specific Discharge Capacity (mAh/g)"));
        assertTrue(texts(parse(out.files().get("retention.svg"))).contains("Retention (%)"));
    }

    @Test
    void aTenHourRunIsPlottedInHoursAndTwentyMinutesInMinutes() throws Exception {
        double[] hours = {0, 3600, 18000, 36000};
        double[] volts = {3.5, 3.6, 3.7, 3.8};
        String texts = texts(parse(export(timeseries(hours, volts)).files().get("voltage.svg")));
        assertTrue(texts.contains("Test Time (h)"), texts);
        assertTrue(texts.contains("\n10\n"), texts);
        String minutes = texts(parse(export(timeseries(new double[] {0, 1200}, new double[] {3, 4}))
                .files().get("voltage.svg")));
        assertTrue(minutes.contains("Test Time (min)"), minutes);
    }

    @Test
    void decimationBoundsTheDrawnPointsAndKeepsTheExtremes() throws Exception {
        int n = 100_000;
        double[] t = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i;
            v[i] = 3.7 + 0.3 * Math.sin(i / 500.0);
        }
        v[12_345] = 5.0;
        v[67_890] = 1.0;
        byte[] svg = export(timeseries(t, v)).files().get("voltage.svg");
        List<double[]> points = polylines(parse(svg)).get(0);
        assertTrue(points.size() <= SvgPlot.MAX_POINTS, "points: " + points.size());
        assertTrue(svg.length < 100_000, "bytes: " + svg.length);
        double top = points.stream().mapToDouble(p -> p[1]).min().orElseThrow();
        double bottom = points.stream().mapToDouble(p -> p[1]).max().orElseThrow();
        int[] kept = Decimation.kept(t, v, SvgPlot.MAX_POINTS);
        assertTrue(Arrays.stream(kept).anyMatch(i -> i == 12_345) && Arrays.stream(kept).anyMatch(i -> i == 67_890));
        assertTrue(top < bottom);
        assertEquals(kept.length, points.size());
    }

    @Test
    void missingPointsBreakTheLine() throws Exception {
        double[] v = {3.0, 3.1, Double.NaN, 3.3, 3.4, 3.5};
        List<List<double[]>> lines = polylines(parse(export(timeseries(new double[] {0, 1, 2, 3, 4, 5}, v))
                .files().get("voltage.svg")));
        assertEquals(List.of(2, 3), lines.stream().map(List::size).toList());
    }

    @Test
    void missingTablesColumnsOrValuesWriteNoFile() throws IOException {
        assertTrue(export().files().isEmpty());
        Table noVoltage = new Table("timeseries", List.of(new Column("Test Time", "s", new double[] {0, 1})));
        Table noCycle = new Table("cycles", List.of(new Column("Retention", "", new double[] {1, 0.9})));
        assertTrue(export(noVoltage, noCycle).files().isEmpty());
        double[] nan = {Double.NaN, Double.NaN};
        assertTrue(export(timeseries(new double[] {0, 1}, nan), new Table("cycles", List.of())).files().isEmpty());
        MemoryOutput out = export(cycles(nan, new double[] {2e-3, 1.9e-3}, nan));
        assertEquals(Set.of("capacity.svg"), out.files().keySet());
        assertTrue(out.text("capacity.svg").contains("Discharge Capacity (mAh)"));
        assertFalse(out.text("capacity.svg").contains("Specific"));
    }

    @Test
    void constantDataStillGetsAnAxisAndTextIsEscaped() throws Exception {
        Table table = new Table("timeseries", List.of(new Column("Test Time", "s", new double[] {5, 5, 5}),
                new Column("Voltage", "<V&\"'>", new double[] {0, 0, 0})));
        Document doc = parse(export(table).files().get("voltage.svg"));
        assertTrue(texts(doc).contains("Voltage (<V&\"'>)"));
        for (double[] p : polylines(doc).get(0)) {
            assertTrue(Double.isFinite(p[0]) && Double.isFinite(p[1]) && p[0] > 80 && p[1] < 436, Arrays.toString(p));
        }
    }

    @Test
    void aTwentyThousandCycleRunStaysSmall() throws Exception {
        int n = 20_000;
        double[] specific = new double[n];
        double[] retention = new double[n];
        for (int i = 0; i < n; i++) {
            specific[i] = 150 * Math.exp(-i / 50_000.0) + (i % 7) * 0.1;
            retention[i] = specific[i] / 150;
        }
        MemoryOutput out = export(cycles(specific, new double[n], retention));
        for (String name : List.of("capacity.svg", "retention.svg")) {
            byte[] svg = out.files().get(name);
            assertTrue(svg.length < 100_000, name + ": " + svg.length);
            assertTrue(polylines(parse(svg)).get(0).size() <= SvgPlot.MAX_POINTS);
        }
    }

    @Test
    void eachSpectrumIsItsOwnLineInTheNyquistPlotWithMinusZImaginaryUp() throws Exception {
        Table impedance = new Table("impedance", List.of(new Column("Frequency", "Hz", new double[] {100, 10, 1, 100, 10, 1}),
                new Column("Z'", "Ohm", new double[] {10, 60, 110, 12, 70, 130}),
                new Column("Z''", "Ohm", new double[] {-1, -50, -2, -1, -55, -3}),
                new Column("Step Count", "", new double[] {1, 1, 1, 3, 3, 3})));
        MemoryOutput out = export(impedance);
        assertEquals(Set.of("impedance.svg"), out.files().keySet());
        Document doc = parse(out.files().get("impedance.svg"));
        List<List<double[]>> lines = polylines(doc);
        assertEquals(2, lines.size(), "one line per spectrum");
        assertEquals(3, lines.get(0).size());
        // the arc's apex (−Z'' = 50) is drawn above its ends (SVG y grows downwards)
        assertTrue(lines.get(0).get(1)[1] < lines.get(0).get(0)[1]);
        assertTrue(lines.get(0).get(1)[1] < lines.get(0).get(2)[1]);
        assertTrue(texts(doc).contains("-Z'' (Ohm)"));
        // before and after told apart: two colours, a marker at each point, a legend naming each spectrum
        NodeList polylines = doc.getElementsByTagNameNS(SVG, "polyline");
        assertFalse(((Element) polylines.item(0)).getAttribute("stroke").equals(((Element) polylines.item(1)).getAttribute("stroke")));
        assertEquals(6 + 2, doc.getElementsByTagNameNS(SVG, "circle").getLength(), "six points and two legend markers");
        assertTrue(texts(doc).contains("cycle 0, step 1") && texts(doc).contains("cycle 0, step 3"), texts(doc));
    }

    @Test
    void aNyquistArcIsDrawnAsASemicircleOneOhmAsLongOnBothAxes() throws Exception {
        // a semicircle of diameter 100 Ohm from 10 to 110 Ohm: twice as wide as it is high, on screen too
        int n = 41;
        double[] f = new double[n];
        double[] re = new double[n];
        double[] im = new double[n];
        for (int k = 0; k < n; k++) {
            double angle = Math.PI * k / (n - 1);
            f[k] = Math.pow(10, 5 - 5.0 * k / (n - 1));
            re[k] = 60 - 50 * Math.cos(angle);
            im[k] = -50 * Math.sin(angle);
        }
        Table impedance = new Table("impedance", List.of(new Column("Frequency", "Hz", f), new Column("Z'", "Ohm", re),
                new Column("Z''", "Ohm", im), new Column("Step Count", "", new double[n])));
        List<double[]> line = polylines(parse(export(impedance).files().get("impedance.svg"))).get(0);
        double left = line.stream().mapToDouble(p -> p[0]).min().orElseThrow();
        double right = line.stream().mapToDouble(p -> p[0]).max().orElseThrow();
        double top = line.stream().mapToDouble(p -> p[1]).min().orElseThrow();
        double bottom = line.stream().mapToDouble(p -> p[1]).max().orElseThrow();
        assertEquals(2, (right - left) / (bottom - top), 0.02);
    }

    @Test
    void aRunThatDischargedNothingGetsNoCapacityPlot() throws Exception {
        double nan = Double.NaN;
        MemoryOutput rest = export(cycles(new double[] {nan, nan}, new double[] {1.3e-20, 0}, new double[] {nan, nan}));
        assertFalse(rest.files().containsKey("capacity.svg"), rest.files().keySet().toString());
        MemoryOutput cycled = export(cycles(new double[] {nan, nan}, new double[] {2e-4, 1.9e-4}, new double[] {1, 0.95}));
        assertTrue(cycled.files().containsKey("capacity.svg"));
    }

    @Test
    void aRateTestGetsItsCapacityAgainstCRateOnDecadesAndAPlainCyclingRunDoesNot() throws Exception {
        double[] n = {1, 2, 3, 4, 5, 6};
        double[] rate = {0.1, 0.1, 1, 1, 10, 50};
        double[] q = {130, 129, 123, 122, 65, 18};
        Table cycles = new Table("cycles", List.of(new Column("Cycle Count", "", n), new Column("C-rate", "", rate),
                new Column("Specific Discharge Capacity", "mAh/g", q)));
        Document doc = parse(export(cycles).files().get("rate.svg"));
        List<double[]> line = polylines(doc).get(0);
        // equal ratios equal distances: 0.1 -> 1 as far as 1 -> 10
        assertEquals(line.get(2)[0] - line.get(0)[0], line.get(4)[0] - line.get(2)[0], 0.2);
        assertTrue(texts(doc).contains("0.1") && texts(doc).contains("10") && texts(doc).contains("C-rate"), texts(doc));
        assertEquals(6, doc.getElementsByTagNameNS(SVG, "circle").getLength(), "a marker per cycle");
        Table steady = new Table("cycles", List.of(new Column("Cycle Count", "", n), new Column("C-rate", "", new double[] {1, 1, 1, 1, 1, 1}),
                new Column("Specific Discharge Capacity", "mAh/g", q)));
        assertFalse(export(steady).files().containsKey("rate.svg"));
    }

    @Test
    void aWidenedAxisKeepsItsTicksApart() {
        // a −Z'' axis of 0-5 Ohm widened to 48 Ohm for an equal aspect: ticks of 10 Ohm, not 48 ticks of 1 Ohm
        NiceAxis y = NiceAxis.covering(0, 4.2, false).widenedTo(48, true);
        assertEquals(0, y.min());
        assertEquals(48, y.max(), 1e-12);
        assertTrue(y.ticks().length <= 7 && y.ticks().length >= 4, Arrays.toString(y.ticks()));
    }
}
