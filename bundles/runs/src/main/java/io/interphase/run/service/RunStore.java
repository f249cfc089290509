package io.interphase.run.service;

import io.interphase.api.run.RunStatus;
import io.interphase.json.Json;
import io.interphase.run.RunFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runs' folders under {@code HOME/runs/}: per run {@code recipe.json} (as submitted), {@code status.json} and,
 * once it has ended, {@code files/} with its exports. Every file is written to a temporary name and renamed over
 * the old one, and the exports go to {@code files.partial/}, renamed to {@code files/} when complete: a crash at
 * any instant leaves either the old state or the new, never half of one.
 */
final class RunStore {

    static final String RECIPE = "recipe.json";
    static final String STATUS = "status.json";
    static final String FILES = "files";
    static final String PARTIAL = "files.partial";

    private final Path root;

    RunStore(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path folder(String id) {
        return root.resolve(id);
    }

    void create(String id, Map<String, ?> recipe) {
        try {
            Files.createDirectories(folder(id));
            write(folder(id).resolve(RECIPE), Json.write(recipe));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run's folder " + folder(id), e);
        }
    }

    Map<String, Object> recipe(String id) throws IOException {
        return Json.readObject(Files.readString(folder(id).resolve(RECIPE)), RECIPE);
    }

    void status(RunStatus s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", s.name());
        m.put("state", s.state().name().toLowerCase(java.util.Locale.ROOT));
        m.put("progress", s.progress());
        m.put("note", s.note());
        m.put("error", s.error());
        m.put("submitted", s.submitted());
        m.put("started", s.started());
        m.put("ended", s.ended());
        m.put("summary", s.summary());
        try {
            write(folder(s.id()).resolve(STATUS), Json.write(m));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the status of run " + s.id(), e);
        }
    }

    /** Every run's last written status, newest first; folders without a readable status are left out. */
    List<RunStatus> all() throws IOException {
        List<RunStatus> runs = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return runs;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path dir : dirs) {
                Path status = dir.resolve(STATUS);
                if (Files.isRegularFile(status)) {
                    try {
                        runs.add(read(Json.readObject(Files.readString(status), status.toString())));
                    } catch (RuntimeException e) {
                        // a status that cannot be read is skipped, not fatal: the other runs stay listed
                    }
                }
            }
        }
        runs.sort(Comparator.comparing(RunStatus::submitted, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(RunStatus::id, Comparator.reverseOrder()));
        return runs;
    }

    private static RunStatus read(Map<String, Object> m) {
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = m.get("summary") instanceof Map<?, ?> s ? (Map<String, Object>) s : Map.of();
        return new RunStatus((String) m.get("id"), (String) m.get("name"),
                RunStatus.State.valueOf(((String) m.get("state")).toUpperCase(java.util.Locale.ROOT)),
                m.get("progress") instanceof Number n ? n.doubleValue() : 0, (String) m.get("note"), Double.NaN,
                (String) m.get("error"), (String) m.get("submitted"), (String) m.get("started"), (String) m.get("ended"),
                summary);
    }

    /** A fresh, empty folder for the run's exports. */
    Path partial(String id) throws IOException {
        Path p = folder(id).resolve(PARTIAL);
        RunFolder.deleteTree(p);
        Files.createDirectories(p);
        return p;
    }

    /** The exports complete: {@code files.partial/} becomes {@code files/}. */
    void commitFiles(String id) throws IOException {
        Path files = folder(id).resolve(FILES);
        RunFolder.deleteTree(files);
        move(folder(id).resolve(PARTIAL), files);
    }

    /** A run cut off by a crash: whatever it was writing goes. */
    void discardPartial(String id) throws IOException {
        RunFolder.deleteTree(folder(id).resolve(PARTIAL));
    }

    Path files(String id) {
        return folder(id).resolve(FILES);
    }

    private static void write(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        move(tmp, file);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

}
