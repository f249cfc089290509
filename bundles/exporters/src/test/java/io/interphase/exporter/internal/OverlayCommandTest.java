package io.interphase.exporter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.launch.Command;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverlayCommandTest {

    private static Path run(Path dir, String name, double... capacity) throws Exception {
        Path run = Files.createDirectories(dir.resolve(name));
        StringBuilder csv = new StringBuilder("Cycle Count / 1,Specific Discharge Capacity / mAh/g,Retention / 1\n");
        for (int i = 0; i < capacity.length; i++) {
            csv.append(i + 1).append(',').append(capacity[i]).append(',').append(capacity[i] / capacity[0]).append('\n');
        }
        Files.writeString(run.resolve("cycles.csv"), csv);
        return run;
    }

    @Test
    void twoRunsGetTwoColouredLinesAndALegendOfTheirFolderNames(@TempDir Path dir) throws Exception {
        Path a = run(dir, "e8-sc-10-nano", 130, 128, 126);
        Path b = run(dir, "e8-sc-20-nano", 131, 130, 129);
        Path svg = dir.resolve("overlay.svg");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new OverlayCommand().run(List.of(a.toString(), b.toString(), "--out", svg.toString()), new PrintStream(out),
                new PrintStream(err));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        String text = Files.readString(svg);
        assertEquals(2, text.split("<polyline").length - 1);
        assertTrue(text.contains("e8-sc-10-nano") && text.contains("e8-sc-20-nano") && text.contains("class=\"legend\""), text);
        assertTrue(text.contains("Specific Discharge Capacity (mAh/g)"));
        // another column, and a column that is not there: named with those that are
        assertEquals(0, new OverlayCommand().run(List.of(a.toString(), "--y", "Retention", "--out", svg.toString()),
                new PrintStream(out), new PrintStream(err)));
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        assertEquals(Command.USAGE, new OverlayCommand().run(List.of(a.toString(), "--y", "Capacity"), new PrintStream(out),
                new PrintStream(bad)));
        assertTrue(bad.toString(StandardCharsets.UTF_8).contains("its columns: Cycle Count, Specific Discharge Capacity, Retention"),
                bad.toString(StandardCharsets.UTF_8));
        assertEquals(Command.USAGE, new OverlayCommand().run(List.of(dir.resolve("none").toString()), new PrintStream(out),
                new PrintStream(bad)));
    }
}
