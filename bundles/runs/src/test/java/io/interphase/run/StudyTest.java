package io.interphase.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.run.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyTest {

    @TempDir
    Path dir;

    @Test
    void recipesAreGroupedByExperimentAndLayerTheLongestLayerNameFirst() throws IOException {
        Files.createDirectories(dir.resolve("kinetics"));
        Files.createDirectories(dir.resolve("runs"));
        for (String k : List.of("sc", "sc-20-nano", "bare-li")) {
            Files.writeString(dir.resolve("kinetics").resolve(k + ".json"), "{}");
        }
        for (String r : List.of("e3-ccd-sc", "e3-ccd-sc-20-nano", "e6-long-30C-bare-li", "notes")) {
            Files.writeString(dir.resolve("runs").resolve(r + ".json"), "{}");
        }
        List<Study.Entry> entries = Study.entries(dir);
        List<String> seen = entries.stream().map(e -> e.experiment() + "/" + e.layer()).toList();
        assertEquals(List.of("e1-kinetics/bare-li", "e1-kinetics/sc", "e1-kinetics/sc-20-nano", "e3-ccd/sc", "e3-ccd/sc-20-nano",
                "e6-long-30C/bare-li"), seen.stream().sorted().toList());
        assertEquals(List.of("bare-li", "sc", "sc-20-nano"), Study.layers(entries));
        assertThrows(IllegalArgumentException.class, () -> Study.entries(dir.resolve("runs")));
    }

    @Test
    void aRunsFiguresAreItsSummaryFlattened() throws IOException {
        Result r = RunPipelineTest.run(RunPipelineTest.sample("e3-ccd-bare-li.json"));
        Map<String, Object> f = Study.figures(r);
        assertEquals("short", f.get("end"));
        assertEquals(3.0, (double) f.get("ccd_mA_cm2"), 1e-9);
        assertTrue(f.containsKey("polarization_mV.last"), f.toString());
        Result rate = RunPipelineTest.run(RunPipelineTest.sample("e5-rate-sc-20-nano.json"));
        Map<String, Object> g = Study.figures(rate);
        assertTrue(g.containsKey("capacity_mAh_g.30C") && g.containsKey("retention.cycle_10"), g.toString());
    }
}
