package io.interphase.console.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The token that mutating calls (start or cancel a run) must carry: 32 random bytes kept in {@code HOME/token},
 * readable by its owner only, made once and kept across restarts so that a console left open keeps working.
 * {@code ./workbench start} prints it in the console's URL.
 */
final class AccessToken {

    static final String FILE = "token";

    private final byte[] token;

    private AccessToken(String token) {
        this.token = token.getBytes(StandardCharsets.US_ASCII);
    }

    /** The home's token, made if there is none. */
    static AccessToken of(Path home) throws IOException {
        Path file = home.resolve(FILE);
        if (!Files.exists(file)) {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            Files.createDirectories(home);
            Path tmp = home.resolve(FILE + ".tmp");
            Files.deleteIfExists(tmp);
            try {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(tmp);
            }
            Files.writeString(tmp, HexFormat.of().formatHex(bytes));
            try {
                Files.move(tmp, file);
            } catch (FileAlreadyExistsException raced) {
                Files.deleteIfExists(tmp); // another process made it first: theirs stands
            }
        }
        return new AccessToken(Files.readString(file).strip());
    }

    /** Whether the presented token is this one, in time independent of where they differ. */
    boolean accepts(String presented) {
        return presented != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.US_ASCII));
    }
}
