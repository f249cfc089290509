package io.interphase.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {

    @TempDir
    Path dir;

    @AfterEach
    void forgetTheRecording() {
        System.clearProperty(ClassDataArchive.RECORDING_PROPERTY);
    }

    @Test
    void aRecordingJvmMarksItsRecordingOnceStarted() {
        Path recording = dir.resolve("workbench.jsa.4242.recording");
        System.setProperty(ClassDataArchive.RECORDING_PROPERTY, recording.toString());
        ClassDataArchive.markStarted();
        assertTrue(Files.isRegularFile(dir.resolve("workbench.jsa.4242.recording.started")));
    }
}
