package io.interphase.run.internal;

import io.interphase.api.InvalidInputException;
import io.interphase.launch.Command;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;

/** A command's body with its failures told the researcher's way: bad input as usage errors, the rest as failures. */
final class Guarded {

    /** The body of a command; returns its exit status. */
    interface Body {
        int run() throws IOException;
    }

    private Guarded() {
    }

    /** Runs the body; {@code what} names the work in a failure's message ("the run"). */
    static int run(String what, PrintStream err, Body body) {
        try {
            return body.run();
        } catch (InvalidInputException e) {
            e.errors().forEach(f -> err.println("error: " + f.field() + ": " + f.message()));
            return Command.USAGE;
        } catch (NoSuchFileException e) {
            err.println("error: no such file: " + e.getFile());
            return Command.USAGE;
        } catch (IOException | RuntimeException e) {
            err.println("error: " + what + " failed: " + e);
            return Command.FAILED;
        }
    }
}
