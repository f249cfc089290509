package io.interphase.exporter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.run.Column;
import io.interphase.api.run.Exporter;
import io.interphase.api.run.Result;
import io.interphase.api.run.Table;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvExporterTest {

    private static Result result(Table... tables) {
        return new Result(List.of(tables), Map.of(), Map.of());
    }

    @Test
    void writesHeadersWithUnitsAndRowsExactly() throws IOException {
        Table timeseries = new Table("timeseries", List.of(
                new Column("Test Time", "s", new double[] {0, 0.5, 1e-7}),
                new Column("Voltage", "V", new double[] {3.7, Double.NaN, 4.2}),
                new Column("Cycle Count", "", new double[] {1, 2, 3}),
                new Column("Current", "A", new double[] {Double.POSITIVE_INFINITY, -0.001, Double.NEGATIVE_INFINITY})));
        MemoryOutput out = new MemoryOutput();
        new CsvExporter().export(result(timeseries), out);
        assertEquals("""
                Test Time / s,Voltage / V,Cycle Count / 1,Current / A
                0,3.7,1,inf
                0.5,,2,-0.001
                1.0E-7,4.2,3,-inf
                """, out.text("timeseries.csv"));
        assertTrue(out.allClosed());
    }

    @Test
    void quotesHeaderCellsWithCommasOrQuotes() throws IOException {
        Table cycles = new Table("cycles", List.of(
                new Column("Capacity, net", "Ah", new double[] {1.25}),
                new Column("The \"best\"", "", new double[] {-2})));
        MemoryOutput out = new MemoryOutput();
        new CsvExporter().export(result(cycles), out);
        assertEquals("\"Capacity, net / Ah\",\"The \"\"best\"\" / 1\"\n1.25,-2\n", out.text("cycles.csv"));
    }

    @Test
    void oneFilePerTableAndNoneForATableWithoutColumns() throws IOException {
        MemoryOutput out = new MemoryOutput();
        new CsvExporter().export(result(new Table("timeseries", List.of()),
                new Table("cycles", List.of(new Column("Cycle Count", "", new double[0])))), out);
        assertEquals(List.of("cycles.csv"), List.copyOf(out.files().keySet()));
        assertEquals("Cycle Count / 1\n", out.text("cycles.csv"));
    }

    @Test
    void numbersReadBackToTheSameDouble() {
        for (double v : new double[] {0.1, 1.0 / 3, -2.5e-300, 6.02e23, 123456789.125, 1e15, -0.0}) {
            assertEquals(v == 0 ? 0 : v, Double.parseDouble(CsvExporter.number(v)), 0);
        }
        assertEquals("42", CsvExporter.number(42.0));
        assertEquals("1.0E15", CsvExporter.number(1e15));
    }

    @Test
    void aFailingOutputPropagatesItsIOException() {
        Exporter.Output failing = name -> {
            throw new IOException("disk full");
        };
        Table t = new Table("cycles", List.of(new Column("Cycle Count", "", new double[] {1})));
        assertThrows(IOException.class, () -> new CsvExporter().export(result(t), failing));
    }

    @Test
    void aMillionRowsStream() throws IOException {
        double[] time = new double[1_000_000];
        for (int i = 0; i < time.length; i++) {
            time[i] = i * 0.25;
        }
        MemoryOutput out = new MemoryOutput();
        new CsvExporter().export(result(new Table("timeseries", List.of(new Column("Test Time", "s", time)))), out);
        String csv = out.text("timeseries.csv");
        assertTrue(csv.endsWith("\n249999.75\n"), csv.substring(csv.length() - 40));
        assertEquals(1_000_001, csv.lines().count());
    }
}
