package io.interphase.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code workbench} script's handling of class-data archive recordings, run in bash on a copy of the
 * script beside a dummy distribution: only a whole recording of an exited JVM that reached its serving
 * bundles after the last build becomes the archive.
 */
class WorkbenchScriptArchiveTest {

    private static final byte[] WHOLE = {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0, 1, 2, 3};
    private static final byte[] PARTIAL = {0, 0, 0, 0, 1, 2, 3};
    private static final Instant BUILT = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path checkout;

    private Path dist;

    @BeforeEach
    void aBuiltDistribution() throws IOException {
        Files.copy(Path.of("..", "workbench"), checkout.resolve("workbench"));
        dist = Files.createDirectories(checkout.resolve("runtime/target/workbench"));
        Files.createDirectories(dist.resolve("lib"));
        Files.createDirectories(dist.resolve("bundle"));
        Files.writeString(dist.resolve(".built"), "");
        Files.writeString(dist.resolve("lib/interphase-launcher.jar"), "");
        for (Path built : List.of(dist.resolve(".built"), dist.resolve("lib/interphase-launcher.jar"),
                dist.resolve("lib"), dist.resolve("bundle"))) {
            Files.setLastModifiedTime(built, FileTime.from(BUILT));
        }
    }

    @Test
    void aWholeMarkedRecordingOfAnExitedJvmBecomesTheArchiveDatedByItsStart() throws Exception {
        long pid = exitedPid();
        Path recording = recording(pid, WHOLE, BUILT.plusSeconds(60));
        assertEquals("-XX:SharedArchiveFile=" + dist.resolve("workbench.jsa"), cdsOptions().split(" ")[0]);
        assertEquals(List.of(dist.resolve("workbench.jsa")), archiveFiles());
        assertEquals(FileTime.from(BUILT.plusSeconds(60)), Files.getLastModifiedTime(dist.resolve("workbench.jsa")));
        assertFalse(Files.exists(recording));
    }

    @Test
    void anUnmarkedRecordingIsDropped() throws Exception {
        recording(exitedPid(), WHOLE, null);
        assertTrue(cdsOptions().isEmpty());
        assertEquals(List.of(), archiveFiles());
    }

    @Test
    void aRecordingCutShortIsDropped() throws Exception {
        recording(exitedPid(), PARTIAL, BUILT.plusSeconds(60));
        assertTrue(cdsOptions().isEmpty());
        assertEquals(List.of(), archiveFiles());
    }

    @Test
    void aRecordingFromBeforeTheLastBuildIsDropped() throws Exception {
        recording(exitedPid(), WHOLE, BUILT.minusSeconds(60));
        assertTrue(cdsOptions().isEmpty());
        assertEquals(List.of(), archiveFiles());
    }

    @Test
    void aRunningJvmsRecordingIsLeftAlone() throws Exception {
        Path recording = recording(ProcessHandle.current().pid(), WHOLE, BUILT.plusSeconds(60));
        assertTrue(cdsOptions().isEmpty());
        assertTrue(Files.exists(recording));
        assertFalse(Files.exists(dist.resolve("workbench.jsa")));
    }

    private Path recording(long pid, byte[] content, Instant marked) throws IOException {
        Path recording = dist.resolve("workbench.jsa." + pid + ".recording");
        Files.write(recording, content);
        if (marked != null) {
            Path marker = ClassDataArchive.startedMarker(recording);
            Files.writeString(marker, "");
            Files.setLastModifiedTime(marker, FileTime.from(marked));
        }
        return recording;
    }

    /** What {@code cds_options} prints for a headless command, after it has dealt with the recordings. */
    private String cdsOptions() throws IOException, InterruptedException {
        Process bash = new ProcessBuilder("bash", "-c", "source ./workbench > /dev/null && cds_options")
                .directory(checkout.toFile()).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, bash.waitFor(), out);
        return out;
    }

    private List<Path> archiveFiles() throws IOException {
        try (Stream<Path> files = Files.list(dist)) {
            return files.filter(f -> f.getFileName().toString().startsWith("workbench.jsa")).sorted().toList();
        }
    }

    private static long exitedPid() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }
}
