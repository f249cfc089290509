package io.interphase.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a file a researcher names (a recipe, a measured spectrum): only a regular file of bounded size,
 * so that a FIFO, a device or a folder gets an error naming it instead of a command that waits forever.
 */
public final class InputFiles {

    /** The largest input file read, bytes: far above any recipe or measured data set. */
    public static final long MAX_BYTES = 256L << 20;

    private InputFiles() {
    }

    /**
     * The file's text as UTF-8.
     *
     * @throws java.nio.file.NoSuchFileException if it does not exist
     * @throws InvalidInputException naming the file if it is not a regular file or is too large
     */
    public static String read(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class); // follows links
        if (!a.isRegularFile()) {
            String kind = a.isDirectory() ? "a folder" : a.isOther() ? "a FIFO, socket or device" : "not a regular file";
            throw new InvalidInputException(file.toString(), "is " + kind + "; give a regular file");
        }
        if (a.size() > MAX_BYTES) {
            throw new InvalidInputException(file.toString(), "is " + a.size() + " bytes; at most " + MAX_BYTES + " are read");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
