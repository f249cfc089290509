package io.interphase.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The git commit the workbench was built from, read from the checkout's {@code .git} without a git binary: for a
 * run's provenance. A worktree's {@code .git} file points at its git folder, whose {@code commondir} holds the refs.
 */
final class GitCommit {

    private GitCommit() {
    }

    /** The commit of the checkout that holds {@code start}, with "-dirty" never guessed; empty outside a checkout. */
    static Optional<String> of(Path start) {
        try {
            for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
                Path git = dir.resolve(".git");
                if (Files.isDirectory(git)) {
                    return head(git, git);
                }
                if (Files.isRegularFile(git)) {
                    String pointer = Files.readString(git).strip();
                    if (pointer.startsWith("gitdir:")) {
                        Path gitDir = dir.resolve(pointer.substring(7).strip()).normalize();
                        Path common = Files.isRegularFile(gitDir.resolve("commondir"))
                                ? gitDir.resolve(Files.readString(gitDir.resolve("commondir")).strip()).normalize() : gitDir;
                        return head(gitDir, common);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // no commit to name: provenance says so rather than failing a start
        }
        return Optional.empty();
    }

    private static Optional<String> head(Path gitDir, Path common) throws IOException {
        String head = Files.readString(gitDir.resolve("HEAD")).strip();
        if (!head.startsWith("ref:")) {
            return Optional.of(head);
        }
        String ref = head.substring(4).strip();
        Path loose = common.resolve(ref);
        if (Files.isRegularFile(loose)) {
            return Optional.of(Files.readString(loose).strip());
        }
        Path packed = common.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            for (String line : Files.readAllLines(packed)) {
                if (line.endsWith(" " + ref)) {
                    return Optional.of(line.substring(0, line.indexOf(' ')));
                }
            }
        }
        return Optional.empty();
    }
}
