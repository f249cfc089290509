package io.interphase.run.service;

import io.interphase.api.InvalidInputException;
import io.interphase.api.run.Exporter;
import io.interphase.api.run.Recipe;
import io.interphase.api.run.RecipeReader;
import io.interphase.api.run.Result;
import io.interphase.api.run.RunService;
import io.interphase.api.run.RunStatus;
import io.interphase.api.run.Solver;
import io.interphase.run.RunFolder;
import io.interphase.run.RunPipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The server's {@link RunService}: recipes read at submission (their materials pinned then), queued on a bounded
 * queue, run by one worker per core with the solvers and exporters installed when the run starts (so a bundle
 * replaced mid-run does not touch it, and the run's provenance names the versions it used), each in its own folder
 * of {@code HOME/runs/} kept by {@link RunStore}. A run that fails in any way — bad input, a diverging solver, an
 * exception, even an Error — ends as failed with the reason; no run can take another or the server down.
 *
 * <p>Lifecycle: activate reads the store (a run the last server left queued or running is marked interrupted) and
 * starts the workers; deactivate stops them, leaving unfinished runs to be marked interrupted by the next start.
 */
@Component(service = RunService.class)
public final class RunServiceComponent implements RunService {

    /** Runs that may wait beyond the ones running. */
    static final int QUEUE = 32;
    static final int RETRY_AFTER_S = 10;
    private static final Logger LOG = Logger.getLogger(RunServiceComponent.class.getName());
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @Reference
    private RecipeReader recipes;
    // DS replaces each list whole when a service comes or goes, so a run reads one consistent snapshot
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<Solver> solvers;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<Exporter> exporters;

    private final Map<String, RunEntry> runs = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private BundleContext context;
    private RunStore store;
    private ThreadPoolExecutor workers;

    @Activate
    void activate(BundleContext bundleContext) throws IOException {
        this.context = bundleContext;
        String home = bundleContext.getProperty("interphase.home");
        Path root = (home == null ? Files.createTempDirectory("interphase-home") : Path.of(home)).resolve("runs");
        Files.createDirectories(root);
        store = new RunStore(root);
        for (RunStatus s : store.all()) {
            RunEntry e = RunEntry.of(s);
            if (!s.state().isFinal()) {
                store.discardPartial(s.id());
                e.end(RunStatus.State.INTERRUPTED, now(), "the server stopped while this run was " + s.state().name()
                        .toLowerCase(java.util.Locale.ROOT) + "; start it again with POST /api/runs/" + s.id() + "/again", Map.of());
                store.status(e.status());
            }
            runs.put(s.id(), e);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        AtomicInteger thread = new AtomicInteger();
        workers = new ThreadPoolExecutor(cores, cores, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "interphase-run-" + thread.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        workers.shutdownNow();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Override
    public RunStatus submit(Map<String, ?> recipe) {
        Recipe read = recipes.read(recipe);
        // the solver checks its options and the cell before anything is queued (and again when the run starts,
        // with the services installed then): a bad recipe is a 400 now, not a failed run later
        RunPipeline.prepare(read, solvers, exporters);
        Object name = recipe.get("name");
        String id = ID_TIME.format(Instant.now()) + "-" + String.format("%04d", sequence.incrementAndGet() % 10000);
        RunEntry e = new RunEntry(id, name instanceof String n ? n : id, now(), RunStatus.State.QUEUED);
        e.log("queued: " + read.steps().size() + " steps, solver " + read.solver().orElse("?"));
        store.create(id, recipe);
        store.status(e.status());
        runs.put(id, e);
        try {
            workers.execute(() -> run(e, read));
        } catch (RejectedExecutionException full) {
            runs.remove(id);
            deleteQuietly(store.folder(id));
            throw new Busy(QUEUE + " runs are waiting already; try again in " + RETRY_AFTER_S + " s", RETRY_AFTER_S);
        }
        return e.status();
    }

    @Override
    public RunStatus again(String id) {
        RunEntry old = runs.get(id);
        if (old == null || !old.state().isFinal()) {
            throw new InvalidInputException("id", old == null ? "no run '" + id + "'" : "run " + id + " has not ended");
        }
        try {
            return submit(store.recipe(id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the recipe of run " + id, e);
        }
    }

    /** Runs one recipe to its end, whatever happens; every outcome lands in the run's status. */
    private void run(RunEntry e, Recipe recipe) {
        if (e.cancelRequested()) {
            finish(e, RunStatus.State.CANCELLED, "cancelled before it started", Map.of());
            return;
        }
        e.start(now());
        store.status(e.status());
        try {
            RunPipeline.Prepared prepared = RunPipeline.prepare(recipe, solvers, exporters);
            e.log("started on " + Thread.currentThread().getName() + " with the solver " + prepared.solver().id()
                    + " and the exporters " + prepared.exporters().stream().map(Exporter::formatId).toList());
            Result result = RunPipeline.run(prepared, RunPipeline.bundles(context), e,
                    Map.of("run_id", e.id, "commit", RunPipeline.commit(context)));
            if (result.summary().get("warning") instanceof String warning) {
                e.log("warning: " + warning);
            }
            // the store stages the files in files.partial/ and commits them: no second staging here
            List<String> problems = RunFolder.writeInto(result, prepared.exporters(), store.partial(e.id));
            problems.forEach(e::log);
            store.commitFiles(e.id);
            RunStatus.State state = e.isCancelled() ? RunStatus.State.CANCELLED : RunStatus.State.DONE;
            finish(e, state, problems.isEmpty() ? null : String.join("; ", problems), result.summary());
        } catch (InvalidInputException ex) {
            finish(e, RunStatus.State.FAILED, ex.getMessage(), Map.of());
        } catch (Throwable t) { // an Error too (a stack overflow, an allocation too large): this run ends, not the server
            LOG.log(Level.WARNING, "run " + e.id + " failed", t);
            finish(e, RunStatus.State.FAILED, t.toString(), Map.of());
        }
    }

    private void finish(RunEntry e, RunStatus.State state, String why, Map<String, Object> summary) {
        e.log(state.name().toLowerCase(java.util.Locale.ROOT) + (why == null ? "" : ": " + why));
        e.end(state, now(), why, summary);
        try {
            store.status(e.status());
        } catch (UncheckedIOException io) {
            LOG.log(Level.WARNING, "cannot record the end of run " + e.id, io);
        }
    }

    @Override
    public List<RunStatus> list() {
        List<RunStatus> all = new ArrayList<>();
        runs.values().forEach(e -> all.add(e.status()));
        all.sort(Comparator.comparing(RunStatus::id).reversed());
        return all;
    }

    @Override
    public Optional<RunStatus> status(String id) {
        return Optional.ofNullable(runs.get(id)).map(RunEntry::status);
    }

    @Override
    public List<String> log(String id) {
        RunEntry e = runs.get(id);
        return e == null ? List.of() : e.logLines();
    }

    @Override
    public boolean cancel(String id) {
        RunEntry e = runs.get(id);
        if (e == null || e.state().isFinal()) {
            return false;
        }
        e.cancel();
        e.log("cancel asked");
        return true;
    }

    @Override
    public Optional<Path> files(String id) {
        RunEntry e = runs.get(id);
        if (e == null || !e.state().isFinal() || !Files.isDirectory(store.files(id))) {
            return Optional.empty();
        }
        return Optional.of(store.files(id));
    }

    private static String now() {
        return Instant.now().toString();
    }

    private static void deleteQuietly(Path folder) {
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a leftover folder without a status is skipped when the store is read
        }
    }
}
