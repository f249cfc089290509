package io.interphase.analysis.internal;

import io.interphase.api.InputFiles;
import io.interphase.api.FieldError;
import io.interphase.api.InvalidInputException;
import io.interphase.api.analysis.FitFailedException;
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
        } catch (FitFailedException e) {
            err.println("the fit failed: " + e.getMessage());
            return Command.FAILED;
        } catch (IOException | RuntimeException e) {
            err.println("failed: " + e);
            return Command.FAILED;
        }
    }

    static String read(String file) throws IOException {
        return InputFiles.read(Path.of(file));
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

    /** A subcommand's body, given the arguments after its name. */
    interface Subcommand {
        void run(java.util.List<String> args) throws IOException;
    }

    /** Runs {@code eis} or {@code tafel} on the arguments after the subcommand's name, guarded as {@link #guarded}. */
    static int eisOrTafel(java.util.List<String> args, PrintStream err, String usage, Subcommand eis, Subcommand tafel) {
        if (!args.isEmpty() && (args.get(0).equals("--help") || args.get(0).equals("-h"))) {
            err.println(usage);
            return 0;
        }
        return guarded(err, usage, () -> {
            String kind = args.isEmpty() ? null : args.get(0);
            java.util.List<String> rest = args.isEmpty() ? args : args.subList(1, args.size());
            if ("eis".equals(kind)) {
                eis.run(rest);
            } else if ("tafel".equals(kind)) {
                tafel.run(rest);
            } else {
                throw new InvalidInputException("subcommand", kind == null ? "missing; use eis or tafel"
                        : "'" + kind + "' is not eis or tafel");
            }
        });
    }
}
