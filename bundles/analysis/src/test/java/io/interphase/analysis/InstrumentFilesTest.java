package io.interphase.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.InvalidInputException;
import io.interphase.solver.eis.Spectrum;
import io.interphase.solver.kinetics.Sweep;
import org.junit.jupiter.api.Test;

class InstrumentFilesTest {

    /** An EC-Lab PEIS export as EC-Lab writes it: 4 header lines, tab-separated, decimal commas. */
    static final String PEIS = "EC-Lab ASCII FILE\r\nNb header lines : 4\r\n\r\n"
            + "freq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\ttime/s\t<Ewe>/V\t<I>/mA\tcycle number\t\r\n"
            + "1,0000000E+005\t1,2000000E+001\t-3,0000000E-001\t1,0\t0,001\t0,0\t1,0\t\r\n"
            + "1,0000000E+003\t5,0000000E+001\t2,0000000E+001\t2,0\t0,001\t0,0\t1,0\t\r\n";

    @Test
    void readsABioLogicSpectrumWithDecimalCommasAndFlipsMinusImZ() {
        Spectrum s = InstrumentFiles.spectrum(PEIS);
        assertArrayEquals(new double[] {1e5, 1e3}, s.frequencies());
        assertArrayEquals(new double[] {12, 50}, s.real());
        assertArrayEquals(new double[] {0.3, -20}, s.imaginary());
    }

    @Test
    void readsTheTimeSeriesColumnsOfAnMpt() {
        String gcpl = "EC-Lab ASCII FILE\nNb header lines : 3\n"
                + "time/s\tEcell/V\tI/mA\tcycle number\n"
                + "0.0\t0.010\t1.57\t1\n10.0\t0.012\t1.57\t1\n20.0\t-0.011\t-1.57\t2\n";
        DataTable t = MptFile.read(gcpl);
        assertEquals(3, t.rows());
        assertArrayEquals(new double[] {1, 1, 2}, t.column("cycle number").orElseThrow());
        Sweep sweep = InstrumentFiles.sweep(gcpl, 0.785e-4);
        // 1.57 mA on 0.785 cm² is 2 mA/cm², 20 A/m²
        assertEquals(20, sweep.currentDensity()[0], 1e-9);
        assertEquals(0.012, sweep.voltage()[1]);
    }

    @Test
    void aMalformedValueIsReportedByLineAndColumn() {
        String bad = PEIS.replace("5,0000000E+001", "5,0O");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> InstrumentFiles.spectrum(bad));
        assertEquals("line 6, column 2", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("Re(Z)/Ohm"), e.errors().get(0).message());
    }

    @Test
    void aMissingColumnNamesTheColumnsThatAreThere() {
        String noFreq = PEIS.replace("freq/Hz", "f/Hz");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> InstrumentFiles.spectrum(noFreq));
        assertTrue(e.errors().get(0).message().contains("freq/Hz") && e.errors().get(0).message().contains("f/Hz"));
    }

    @Test
    void twoColumnSweepsTakeTheirUnitsFromTheHeaderOrVoltsAndAmperes() {
        Sweep withHeader = InstrumentFiles.sweep("Voltage (mV),Current (mA)\n-100,-0.785\n100,0.785\n", 0.785e-4);
        assertArrayEquals(new double[] {-0.1, 0.1}, withHeader.voltage(), 1e-15);
        assertArrayEquals(new double[] {-10, 10}, withHeader.currentDensity(), 1e-9);
        Sweep density = InstrumentFiles.sweep("E/V;j/mA/cm2\n0.2;1.5\n", 123);
        assertEquals(15, density.currentDensity()[0], 1e-12);
        Sweep bare = InstrumentFiles.sweep("0.1 0.002\n0.2\t0.004\n", 1e-4);
        assertEquals(40, bare.currentDensity()[1], 1e-9);
        Sweep unitless = InstrumentFiles.sweep("Voltage,Current\n0.2,0.004\n", 1e-4);
        assertEquals(40, unitless.currentDensity()[0], 1e-9);
    }

    @Test
    void aSweepWithAWrongUnitOrAMissingValueIsRefusedWithItsPlace() {
        InvalidInputException unit = assertThrows(InvalidInputException.class,
                () -> InstrumentFiles.sweep("Voltage (V),Current (Ohm)\n0.1,1\n", 1));
        assertEquals("line 1, column 2", unit.errors().get(0).field());
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> InstrumentFiles.sweep("0.1,1\n0.2\n", 1));
        assertEquals("line 2, column 2", missing.errors().get(0).field());
        InvalidInputException nan = assertThrows(InvalidInputException.class,
                () -> InstrumentFiles.sweep("0.1,1\n0.2,NaN\n", 1));
        assertEquals("line 2, column 2", nan.errors().get(0).field());
    }
}
