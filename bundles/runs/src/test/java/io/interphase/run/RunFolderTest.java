package io.interphase.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.run.Exporter;
import io.interphase.api.run.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {

    /** Writes one file, and checks while it writes that the run's folder is not there yet. */
    private static Exporter writer(String name, String text, Path folder, boolean[] seenEarly) {
        return new Exporter() {
            @Override
            public String formatId() {
                return name;
            }

            @Override
            public void export(Result result, Output sink) throws IOException {
                seenEarly[0] |= Files.exists(folder.resolve(name));
                try (OutputStream out = sink.open(name)) {
                    out.write(text.getBytes(StandardCharsets.UTF_8));
                }
            }
        };
    }

    @Test
    void filesAreWrittenBesideTheFolderAndMoveIntoItWhenAllAreWritten(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("run");
        boolean[] early = {false};
        List<String> problems = RunFolder.write(RunPipelineTest.run(RunPipelineTest.sample("e3-ccd-bare-li.json")),
                List.of(writer("a.csv", "1", folder, early), writer("b.csv", "2", folder, early)), folder);
        assertTrue(problems.isEmpty(), problems.toString());
        assertFalse(early[0], "nothing appears in the folder before the run is complete");
        assertEquals("1", Files.readString(folder.resolve("a.csv")));
        assertFalse(Files.exists(dir.resolve("run" + RunFolder.PARTIAL)));
        // the same folder again: its files are replaced, others stay
        Files.writeString(folder.resolve("notes.txt"), "mine");
        RunFolder.write(RunPipelineTest.run(RunPipelineTest.sample("e3-ccd-bare-li.json")),
                List.of(writer("a.csv", "3", folder, new boolean[1])), folder);
        assertEquals("3", Files.readString(folder.resolve("a.csv")));
        assertEquals("mine", Files.readString(folder.resolve("notes.txt")));
        assertFalse(Files.exists(dir.resolve("run" + RunFolder.PARTIAL)));
    }
}
