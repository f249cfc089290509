package io.interphase.launch;

import java.io.PrintStream;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A command of the workbench's command line ({@code ./workbench analyze ...}), run inside a headless
 * framework with the same bundles as the server. A bundle registers it as a service with the
 * property {@value #NAME} set to the command's name; the launcher finds it by that name, runs it once
 * and exits with its status.
 */
@ConsumerType
public interface Command {

    /** The service property that names the command ("analyze"). */
    String NAME = "interphase.command";

    /** Exit status of a command that failed on good arguments (a fit that did not converge, a file that cannot be read). */
    int FAILED = 1;

    /** Exit status for bad arguments or bad input, with a message naming what is wrong. */
    int USAGE = 2;

    /**
     * Runs the command.
     *
     * @param args the arguments after the command's name
     * @param out where results go (JSON, CSV)
     * @param err where messages and progress go
     * @return 0 on success, {@link #FAILED} or {@link #USAGE}
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
