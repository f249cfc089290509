package io.interphase.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @Test
    void aRegularFileIsReadAndAFolderOrAFifoIsRefusedAtOnceByName(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("recipe.json"), "{}");
        assertEquals("{}", InputFiles.read(file));
        InvalidInputException folder = assertThrows(InvalidInputException.class, () -> InputFiles.read(dir));
        assertTrue(folder.errors().get(0).message().contains("a folder"), folder.getMessage());
        assertThrows(NoSuchFileException.class, () -> InputFiles.read(dir.resolve("none.json")));
        Path fifo = dir.resolve("pipe.json");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo");
        // reading a FIFO with no writer would block forever
        InvalidInputException pipe = assertThrows(InvalidInputException.class, () -> InputFiles.read(fifo));
        assertEquals(fifo.toString(), pipe.errors().get(0).field());
        assertTrue(pipe.errors().get(0).message().contains("FIFO"), pipe.getMessage());
    }
}
