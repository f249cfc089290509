package io.interphase.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The class-data-sharing archive that the first start after a build records, through the JVM's
 * {@code -XX:ArchiveClassesAtExit}, for later starts and commands to map in. The JVM writes it at exit
 * whatever happened before, so a start that ended early (a busy port, a bad option) would leave an
 * archive of a handful of JDK classes that every later start used without a word. The {@code workbench}
 * script therefore has it written under a name of this process's own, and moves it into place only when
 * this marks it: once the bundles that serve the API have all started.
 */
final class ClassDataArchive {

    /** The system property naming the file this JVM records the archive to at exit. */
    static final String RECORDING_PROPERTY = "interphase.cds.recording";

    private ClassDataArchive() {
    }

    /** The marker of a recording whose workbench started in full. */
    static Path startedMarker(Path recording) {
        return recording.resolveSibling(recording.getFileName() + ".started");
    }

    /** When this JVM records the archive, marks the recording as one of a workbench that started in full. */
    static void markStarted() {
        String recording = System.getProperty(RECORDING_PROPERTY);
        if (recording == null) {
            return;
        }
        try {
            Files.writeString(startedMarker(Path.of(recording)), "");
        } catch (IOException e) {
            System.err.println("warning: the class-data archive will not be kept, so starts stay slower until one "
                    + "records it: " + e);
        }
    }
}
