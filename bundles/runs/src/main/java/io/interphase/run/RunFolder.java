package io.interphase.run;

import io.interphase.api.run.Exporter;
import io.interphase.api.run.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a result into a run's folder through each exporter. One exporter failing does not stop the
 * others: its problem is returned and what the others wrote stays. The files go to {@code NAME.partial/}
 * beside the folder first and move into it once all are written, so a folder never holds half a run:
 * a process killed while writing leaves only the {@code .partial} folder.
 */
public final class RunFolder {

    /** The suffix of the folder a run's files are written to before they move into place. */
    public static final String PARTIAL = ".partial";

    private RunFolder() {
    }

    /** @return one line per exporter that failed, empty if all wrote */
    public static List<String> write(Result result, List<Exporter> exporters, Path folder) throws IOException {
        Path target = folder.toAbsolutePath().normalize();
        Path partial = target.resolveSibling(target.getFileName() + PARTIAL);
        deleteTree(partial); // left by a run that was killed while writing
        List<String> problems = writeInto(result, exporters, partial);
        moveInto(partial, target);
        return problems;
    }

    /**
     * The exporters' files straight into {@code folder}, for a caller that stages and commits the folder itself
     * (the run service's store).
     *
     * @return one line per exporter that failed, empty if all wrote
     */
    public static List<String> writeInto(Result result, List<Exporter> exporters, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<String> problems = new ArrayList<>();
        for (Exporter e : exporters) {
            try {
                e.export(result, name -> open(folder, name));
            } catch (IOException | RuntimeException ex) {
                problems.add("exporter '" + e.formatId() + "' failed: " + ex);
            }
        }
        return problems;
    }

    /** Renames {@code from} to {@code to}, or, if {@code to} exists (a folder given again), moves each file into it. */
    private static void moveInto(Path from, Path to) throws IOException {
        if (!Files.exists(to)) {
            Files.createDirectories(to.getParent());
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                Files.createDirectories(dest.getParent());
                Files.move(p, dest, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        deleteTree(from);
    }

    /** Deletes a folder and all it holds; nothing if it is not there. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static OutputStream open(Path folder, String name) throws IOException {
        if (!name.matches("([A-Za-z0-9][A-Za-z0-9_-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IOException("an exporter asked for the file name '" + name + "'; names are plain, in one "
                    + "subfolder at most (fields/xi_0001.vti)");
        }
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.newOutputStream(file);
    }
}
