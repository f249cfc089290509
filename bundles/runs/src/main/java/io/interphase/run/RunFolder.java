package io.interphase.run;

import io.interphase.api.run.Exporter;
import io.interphase.api.run.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a result into a run's folder through each exporter. One exporter failing does not stop the
 * others: its problem is returned and what the others wrote stays.
 */
public final class RunFolder {

    private RunFolder() {
    }

    /** @return one line per exporter that failed, empty if all wrote */
    public static List<String> write(Result result, List<Exporter> exporters, Path folder) throws IOException {
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
