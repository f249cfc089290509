package io.interphase.analysis.internal;

import io.interphase.api.FieldError;
import io.interphase.api.InvalidInputException;
import io.interphase.launch.Command;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** What the commands share: reading input files, writing output, and turning failures into exit codes. */
final class CommandSupport {

    /** A command body that may fail with bad input or I/O. */
    interface Body {
        void run() throws IOException;
    }

    private CommandSupport() {
    }

    /** Runs the body: bad input prints each field and returns {@link Command#USAGE}; anything else {@link Command#FAILED}. */
    static int guarded(PrintStream err, String usage, Body body) {
        try {
            body.run();
            return 0;
        } catch (InvalidInputException e) {
            for (FieldError f : e.errors()) {
                err.println(f.field() + ": " + f.message());
            }
            err.println(usage);
            return Command.USAGE;
        } catch (NoSuchFileException e) {
            err.println("no such file: " + e.getFile());
            return Command.USAGE;
        } catch (IOException | RuntimeException e) {
            err.println("failed: " + e);
            return Command.FAILED;
        }
    }

    static String read(String file) throws IOException {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }

    /** Writes text to --out FILE, or to stdout without one. */
    static void write(String text, String outFile, PrintStream out) throws IOException {
        if (outFile == null) {
            out.print(text);
            out.flush();
        } else {
            Files.writeString(Path.of(outFile), text, StandardCharsets.UTF_8);
        }
    }

    static InvalidInputException badSubcommand(String given) {
        return new InvalidInputException("subcommand", given == null ? "missing; use eis or tafel" : "'" + given + "' is not eis or tafel");
    }
}
