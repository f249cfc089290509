package io.interphase.api.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs kept by the workbench server: recipes queued and run on a pool of workers, each in its own folder of the
 * home's {@code runs/} that survives a restart. What the REST API, the web console and the shell drive.
 */
@ProviderType
public interface RunService {

    /**
     * Reads the recipe as {@code workbench run} does and queues it.
     *
     * @throws io.interphase.api.InvalidInputException naming every bad field, before anything is queued
     * @throws Busy when the queue is full
     */
    RunStatus submit(Map<String, ?> recipe);

    /** Every run, newest first. */
    List<RunStatus> list();

    Optional<RunStatus> status(String id);

    /** The run's log: what happened to it, one line each (queued, started with which solver, problems, its end). */
    List<String> log(String id);

    /** Asks a queued or running run to stop; what it wrote so far is kept. False if there is no such run or it has ended. */
    boolean cancel(String id);

    /** Queues the recipe of an ended run (an interrupted one, say) again, as a new run. */
    RunStatus again(String id);

    /** The folder that holds the run's exported files once it has ended; empty while it runs or if there is none. */
    Optional<Path> files(String id);

    /** A full queue: the caller may try again after {@code retryAfterSeconds}. */
    final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int retryAfterSeconds;

        public Busy(String message, int retryAfterSeconds) {
            super(message);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public int retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
