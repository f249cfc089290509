package io.interphase.exporter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.run.Column;
import io.interphase.api.run.Result;
import io.interphase.api.run.Table;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpectrumFilesTest {

    /** What numpy.loadtxt(f, delimiter=",") and impedance.py's readCSV do: skip '#' lines, every other a row of floats. */
    static List<double[]> loadtxt(String text) {
        List<double[]> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",");
            double[] row = new double[cells.length];
            for (int i = 0; i < cells.length; i++) {
                row[i] = Double.parseDouble(cells[i].strip()); // a header or an empty cell would throw, as numpy does
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void eachSpectrumOfARunLoadsOnItsOwnAsFrequencyRealImaginary() throws Exception {
        Table spectra = new Table("impedance", List.of(new Column("Frequency", "Hz", new double[] {1e6, 1e3, 1, 1e6, 1e3, 1}),
                new Column("Z'", "Ohm", new double[] {10, 12, 30, 11, 14, 45}),
                new Column("Z''", "Ohm", new double[] {-0.1, -3, -8, -0.1, -4, -12}),
                new Column("Cycle Count", "", new double[] {1, 1, 1, 100, 100, 100}),
                new Column("Step Count", "", new double[] {1, 1, 1, 201, 201, 201})));
        MemoryOutput out = new MemoryOutput();
        new CsvExporter().export(new Result(List.of(spectra), Map.of(), Map.of()), out);
        Map<String, byte[]> files = out.files();
        assertTrue(files.containsKey("impedance.csv") && files.containsKey("impedance-step1.csv")
                && files.containsKey("impedance-step201.csv"), files.keySet().toString());
        String second = new String(files.get("impedance-step201.csv"), StandardCharsets.UTF_8);
        assertTrue(second.startsWith("# Frequency / Hz,Z' / Ohm,Z'' / Ohm (cycle 100, step 201)\n"), second);
        List<double[]> rows = loadtxt(second);
        assertEquals(3, rows.size());
        assertEquals(3, rows.get(0).length);
        assertEquals(45, rows.get(2)[1]);
        assertEquals(-12, rows.get(2)[2]);
        assertEquals(3, loadtxt(new String(files.get("impedance-step1.csv"), StandardCharsets.UTF_8)).size());
    }
}
