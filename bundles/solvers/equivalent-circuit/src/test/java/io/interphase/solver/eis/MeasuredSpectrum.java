package io.interphase.solver.eis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The measured spectrum of sample-models/data (impedance.py's test data, a commercial Li-ion cell) for the
 * fitting tests. That file is plain "f,Z',Z''" lines; the analysis bundle's reader of instrument files is
 * tested on it there.
 */
final class MeasuredSpectrum {

    static final Path FILE = Path.of("../../../sample-models/data/li-ion-cell-eis.csv");

    private MeasuredSpectrum() {
    }

    static Spectrum load() throws IOException {
        assertTrue(Files.isRegularFile(FILE), "the measured spectrum is missing: " + FILE.toAbsolutePath());
        List<double[]> rows = Files.readAllLines(FILE).stream().filter(l -> !l.isBlank())
                .map(l -> java.util.Arrays.stream(l.split(",")).mapToDouble(Double::parseDouble).toArray()).toList();
        double[] f = rows.stream().mapToDouble(r -> r[0]).toArray();
        double[] re = rows.stream().mapToDouble(r -> r[1]).toArray();
        double[] im = rows.stream().mapToDouble(r -> r[2]).toArray();
        return new Spectrum(f, re, im);
    }
}
