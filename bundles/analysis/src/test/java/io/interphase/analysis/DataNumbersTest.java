package io.interphase.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class DataNumbersTest {

    @Test
    void instrumentNumbersReadAndJavasExtrasDoNot() {
        assertEquals(1.5, DataNumbers.finiteOrNull(" 1.5 "));
        assertEquals(-2e-3, DataNumbers.finiteOrNull("-2e-3"));
        assertEquals(0.5, DataNumbers.finiteOrNull(".5"));
        for (String notData : new String[] {"NaN", "Infinity", "1.5d", "2f", "0x10", "1e999", "", "1,5"}) {
            assertNull(DataNumbers.finiteOrNull(notData), notData);
        }
    }

    @Test
    void aSpectrumWithANaNIsRefusedWithItsLineAndColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpectrumCsv.read(new StringReader("10,1,-1\n1,NaN,-1\n")));
        assertTrue(e.getMessage().contains("line 2, column 2"), e.getMessage());
    }
}
