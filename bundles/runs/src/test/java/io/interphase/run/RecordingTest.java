package io.interphase.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.run.StepEnd;
import io.interphase.api.run.Table;
import org.junit.jupiter.api.Test;

class RecordingTest {

    @Test
    void aStepOfMillionsOfSamplesKeepsAtMostItsBoundEvenlyThinnedWithItsFirstAndLast() {
        Recording r = new Recording(1e-4, Double.NaN);
        int n = 3_000_001;
        for (int k = 0; k < n; k++) {
            r.sample(k, 0.01, 10, 1, 1);
        }
        r.stepEnded(new StepEnd(StepEnd.Reason.DURATION, n - 1, 10.0 * (n - 1), 0.01, ""), Double.NaN, Double.NaN);
        r.cycleEnded(1, true);
        Table ts = r.tables(new double[] {1}).get(0);
        double[] t = ts.column("Test Time").values();
        assertTrue(t.length <= Recording.MAX_STEP_ROWS + 1, t.length + " rows");
        assertTrue(t.length > Recording.MAX_STEP_ROWS / 2, t.length + " rows");
        assertEquals(0, t[0]);
        assertEquals(n - 1, t[t.length - 1]);
        double spacing = t[1] - t[0];
        for (int i = 1; i < t.length - 1; i++) {
            assertEquals(spacing, t[i] - t[i - 1], 0, "row " + i);
        }
        // the charge passed is booked from every sample, kept or not; discharging (I > 0) lowers the net capacity (BDF)
        double[] net = ts.column("Net Capacity").values();
        assertEquals(-10.0 * 1e-4 * (n - 1) / 3600, net[net.length - 1], 1e-9);
    }

    @Test
    void aShortStepKeepsEverySample() {
        Recording r = new Recording(1e-4, Double.NaN);
        for (int k = 0; k < 500; k++) {
            r.sample(k, 0.01, 10, 1, 1);
        }
        r.stepEnded(new StepEnd(StepEnd.Reason.DURATION, 499, 4990, 0.01, ""), Double.NaN, Double.NaN);
        r.cycleEnded(1, true);
        assertEquals(500, r.tables(new double[] {1}).get(0).column("Test Time").values().length);
    }

    @Test
    void aRestOfAThousandMillionHoursRunsInBoundedStepsAndRows() throws java.io.IOException {
        java.util.Map<String, Object> recipe = RunPipelineTest.sample("e4-cycling-bare-li.json");
        recipe.put("protocol", java.util.List.of("Rest for 1e9 h"));
        io.interphase.api.run.Result r = RunPipelineTest.run(recipe);
        assertEquals("completed", r.summary().get("end"));
        double[] t = r.table("timeseries").column("Test Time").values();
        assertTrue(t.length <= 20_001, t.length + " rows");
        assertEquals(3.6e12, t[t.length - 1], 1e-3 * 3.6e12);
    }
}
