package io.interphase.run.service;

import io.interphase.api.run.Progress;
import io.interphase.api.run.RunStatus;
import java.util.Map;

/** One run in the service's memory: its state as it changes, and the {@link Progress} its run reports to. */
final class RunEntry implements Progress {

    final String id;
    final String name;
    final String submitted;
    private volatile RunStatus.State state;
    private volatile double fraction;
    private volatile String note = "";
    private volatile String error;
    private volatile String started;
    private volatile String ended;
    private volatile Map<String, Object> summary = Map.of();
    private volatile boolean cancelled;
    private volatile long startNanos;
    private final java.util.List<String> log = new java.util.ArrayList<>();
    /** Lines a run's log keeps (the first and the latest). */
    static final int LOG_LINES = 500;

    RunEntry(String id, String name, String submitted, RunStatus.State state) {
        this.id = id;
        this.name = name;
        this.submitted = submitted;
        this.state = state;
    }

    /** An entry for a run read back from its folder. */
    static RunEntry of(RunStatus s) {
        RunEntry e = new RunEntry(s.id(), s.name(), s.submitted(), s.state());
        e.fraction = s.progress();
        e.note = s.note() == null ? "" : s.note();
        e.error = s.error();
        e.started = s.started();
        e.ended = s.ended();
        e.summary = s.summary();
        return e;
    }

    @Override
    public void report(double fraction, String note) {
        this.fraction = Math.max(0, Math.min(1, fraction));
        this.note = note == null ? "" : note;
    }

    @Override
    public boolean isCancelled() {
        return cancelled || Thread.currentThread().isInterrupted();
    }

    void cancel() {
        cancelled = true;
    }

    boolean cancelRequested() {
        return cancelled;
    }

    /** Adds a line, stamped with the time; past {@link #LOG_LINES} the oldest after the first go. */
    synchronized void log(String line) {
        if (log.size() >= LOG_LINES) {
            log.remove(1);
        }
        log.add(java.time.Instant.now() + " " + line);
    }

    synchronized java.util.List<String> logLines() {
        return java.util.List.copyOf(log);
    }

    RunStatus.State state() {
        return state;
    }

    void start(String when) {
        started = when;
        startNanos = System.nanoTime();
        state = RunStatus.State.RUNNING;
    }

    void end(RunStatus.State finalState, String when, String why, Map<String, Object> result) {
        error = why;
        ended = when;
        summary = result == null ? Map.of() : result;
        if (finalState == RunStatus.State.DONE) {
            fraction = 1;
        }
        state = finalState;
    }

    RunStatus status() {
        double left = Double.NaN;
        if (state == RunStatus.State.RUNNING && fraction > 0.005) {
            double elapsed = (System.nanoTime() - startNanos) / 1e9;
            left = elapsed * (1 - fraction) / fraction;
        }
        return new RunStatus(id, name, state, fraction, note, left, error, submitted, started, ended, summary);
    }
}
