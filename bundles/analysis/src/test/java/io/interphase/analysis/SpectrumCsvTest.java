package io.interphase.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.solver.eis.Circuit;
import io.interphase.solver.eis.CnlsFit;
import io.interphase.solver.eis.CnlsFit.Weighting;
import io.interphase.solver.eis.Spectrum;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SpectrumCsvTest {

    /** The measured spectrum of sample-models/data (impedance.py's test data, a commercial Li-ion cell). */
    static final Path MEASURED = Path.of("../../sample-models/data/li-ion-cell-eis.csv");

    static Spectrum measured() throws IOException {
        assertTrue(Files.isRegularFile(MEASURED), "the measured spectrum is missing: " + MEASURED.toAbsolutePath());
        try (Reader in = Files.newBufferedReader(MEASURED)) {
            return SpectrumCsv.read(in);
        }
    }

    @Test
    void theMeasuredSpectrumReadsWithItsSigns() throws IOException {
        Spectrum s = measured();
        assertEquals(66, s.size());
        assertEquals(3.1623e-3, s.frequencies()[0], 1e-9);
        assertEquals(1e4, s.frequencies()[65], 1e-6);
        assertTrue(s.imaginary()[0] < 0, "capacitive at low frequency");
        assertTrue(s.imaginary()[65] > 0, "inductive at the high-frequency end");
    }

    @Test
    void writingAndReadingGiveTheSameSpectrum() throws IOException {
        Spectrum s = Circuit.parse("R0-p(R1,C1)").spectrum(new double[] {0.1, 1, 10}, new double[] {1, 2, 0.3});
        StringWriter out = new StringWriter();
        SpectrumCsv.write(s, out);
        assertTrue(out.toString().startsWith(SpectrumCsv.HEADER + "\n0.1,"), out.toString());
        Spectrum back = SpectrumCsv.read(new StringReader(out.toString()));
        assertArrayEquals(s.real(), back.real(), 0);
        assertArrayEquals(s.imaginary(), back.imaginary(), 0);
    }

    @Test
    void aRunsImpedanceFileReadsByItsFirstThreeColumns() throws IOException {
        Spectrum s = SpectrumCsv.read(new StringReader(
                "Frequency / Hz,Z' / Ohm,Z'' / Ohm,Cycle Count,Step Count\n1000,185.4,-0.5,1,1\n0.1,286,-3,1,1\n"));
        assertEquals(2, s.size());
        assertEquals(0.1, s.frequencies()[1]);
        assertEquals(286, s.real()[1]);
        assertEquals(-3, s.imaginary()[1]);
    }

    @Test
    void malformedLinesAreLocated() {
        assertMessage("f,re,im\n1,2,3\n2,x,4\n", "line 3, column 2");
        assertMessage("1,2,3\n2;3\n", "line 2: expected 3 columns");
        assertMessage("Frequency / Hz,Z' / Ohm,Z'' / Ohm,Step Count\n10,1,-1,1\n1,2,-1,1\n10,1,-1,3\n",
                "line 4, column 1: frequency 10 Hz again");
        assertMessage("1,2,3\n-2,3,4\n", "line 2, column 1: frequency must be positive");
        assertMessage("1,2,NaN\n", "line 1, column 3");
        assertMessage("# nothing\n", "no impedance data");
    }

    @Test
    void aRunsTableOfSeveralSpectraIsReadOneStepAtATime() throws IOException {
        String run = "Frequency / Hz,Z' / Ohm,Z'' / Ohm,Cycle Count,Step Count\n"
                + "10,1,-1,1,1\n1,2,-1,1,1\n"
                + "10,5,-2,100,203\n1,7,-2,100,203\n0.1,9,-1,100,203\n";
        Spectrum later = SpectrumCsv.read(new StringReader(run), 203);
        assertEquals(3, later.frequencies().length);
        assertEquals(5, later.real()[0]);
        assertEquals(2, SpectrumCsv.read(new StringReader(run), 1).frequencies().length);
        assertMessage(run, "line 4, column 1: frequency 10 Hz again; the file holds more than one spectrum (at steps [1, 203]); "
                + "choose one by its step");
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> SpectrumCsv.read(new StringReader(run), 7));
        assertEquals("no spectrum at step 7; this file's spectra are at steps [1, 203]", none.getMessage());
        IllegalArgumentException noSteps = assertThrows(IllegalArgumentException.class,
                () -> SpectrumCsv.read(new StringReader("10,1,-1\n1,2,-1\n"), 2));
        assertTrue(noSteps.getMessage().startsWith("line 1, column 5: expected a run's step count"), noSteps.getMessage());
    }

    private static void assertMessage(String csv, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpectrumCsv.read(new StringReader(csv)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aSensibleCircuitFitsTheMeasuredSpectrum() throws IOException {
        // inductance of the leads, ohmic resistance, two arcs and solid diffusion
        Circuit c = Circuit.parse("L0-R0-p(R1,CPE1)-p(R2,CPE2)-W1");
        Spectrum data = measured();
        CnlsFit.Result fit = CnlsFit.fit(c, data, new double[] {1e-7, 0.015, 0.005, 1, 0.8, 0.01, 10, 0.8, 0.002},
                Weighting.MODULUS);
        // modulus weighting: the root-mean-square relative misfit is √(χ²/2N)
        double rmsRelative = Math.sqrt(fit.chi2() / (2 * data.size()));
        assertTrue(rmsRelative < 0.02, "rms relative misfit " + rmsRelative + " " + fit.parameters());
        assertEquals(0.015, fit.values()[1], 0.005, "the ohmic resistance is near the high-frequency Z'");
        for (CnlsFit.Parameter p : fit.parameters()) {
            assertTrue(p.stderr() > 0 && p.stderr() < 0.5 * p.value(), "determined by the data: " + p);
        }
        System.out.printf(java.util.Locale.ROOT, "measured spectrum, %s, modulus weighting: chi2 %.4g, reduced %.4g,"
                + " rms relative misfit %.3g%%%n", c, fit.chi2(), fit.reducedChi2(), 100 * rmsRelative);
        fit.parameters().forEach(p -> System.out.printf(java.util.Locale.ROOT, "  %-7s %.5g ± %.2g %s%n",
                p.name(), p.value(), p.stderr(), p.unit()));
    }
}
