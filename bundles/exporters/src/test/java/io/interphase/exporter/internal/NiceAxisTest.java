package io.interphase.exporter.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NiceAxisTest {

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(1, NiceAxis.niceStep(0.8), 0);
        assertEquals(2, NiceAxis.niceStep(1.3), 0);
        assertEquals(5, NiceAxis.niceStep(4.9), 0);
        assertEquals(10, NiceAxis.niceStep(5.1), 0);
        assertEquals(0.02, NiceAxis.niceStep(0.017), 1e-15);
    }

    @Test
    void rangeIsRoundedOutToTicksWithShortLabels() {
        NiceAxis axis = NiceAxis.covering(2.93, 4.21, false);
        assertEquals(0.5, axis.step(), 0);
        assertArrayEquals(new double[] {2.5, 3, 3.5, 4, 4.5}, axis.ticks(), 1e-12);
        assertEquals(List.of("2.5", "3.0", "3.5", "4.0", "4.5"), Arrays.stream(axis.ticks()).mapToObj(axis::label).toList());
        NiceAxis small = NiceAxis.covering(-0.3, 0.1, false);
        assertEquals("0.0", small.label(small.ticks()[3]));
    }

    @Test
    void constantAndCountAxesAreSensible() {
        NiceAxis zero = NiceAxis.covering(0, 0, false);
        assertTrue(zero.min() < 0 && zero.max() > 0);
        NiceAxis flat = NiceAxis.covering(3.7, 3.7, false);
        assertTrue(flat.min() < 3.7 && flat.max() > 3.7 && flat.ticks().length >= 2);
        NiceAxis one = NiceAxis.covering(1, 1, true);
        assertTrue(one.step() >= 1 && one.min() < 1 && one.max() > 1);
        assertEquals("1", one.label(1));
        NiceAxis noise = NiceAxis.covering(3.7, 3.7 + 1e-14, false);
        assertTrue(noise.max() - noise.min() > 0.1, noise.toString());
    }
}
