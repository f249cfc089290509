package io.interphase.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCommitTest {

    static final String A = "1d6c01a0000000000000000000000000000000aa";
    static final String B = "8b857c60000000000000000000000000000000bb";

    @Test
    void aLooseRefAPackedRefAndAWorktreeAreRead(@TempDir Path tmp) throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Path git = Files.createDirectories(repo.resolve(".git/refs/heads"));
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(git.resolve("main"), A + "\n");
        Path deep = Files.createDirectories(repo.resolve("runtime/target/workbench/lib"));
        assertEquals(Optional.of(A), GitCommit.of(deep));

        Files.delete(git.resolve("main"));
        Files.writeString(repo.resolve(".git/packed-refs"), "# pack-refs with: peeled\n" + B + " refs/heads/main\n");
        assertEquals(Optional.of(B), GitCommit.of(deep));

        Path worktreeGit = Files.createDirectories(repo.resolve(".git/worktrees/dev"));
        Files.writeString(worktreeGit.resolve("HEAD"), "ref: refs/heads/main\n");
        Files.writeString(worktreeGit.resolve("commondir"), "../..\n");
        Path worktree = Files.createDirectories(tmp.resolve("dev/runtime"));
        Files.writeString(tmp.resolve("dev/.git"), "gitdir: " + worktreeGit + "\n");
        assertEquals(Optional.of(B), GitCommit.of(worktree));
    }

    @Test
    void outsideACheckoutThereIsNone(@TempDir Path tmp) {
        assertTrue(GitCommit.of(tmp).isEmpty(), "the temporary folder is in no checkout");
    }
}
