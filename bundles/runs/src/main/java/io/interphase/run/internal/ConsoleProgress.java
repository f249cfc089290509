package io.interphase.run.internal;

import io.interphase.api.run.Progress;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar with the time left on stderr, redrawn at most five times a second. Cancelled once
 * the command's thread is interrupted (Ctrl-C): the flag is latched and the interrupt cleared, so the
 * run can still write what it has.
 */
final class ConsoleProgress implements Progress {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean cancelled;
    private boolean drawn;

    ConsoleProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public void report(double fraction, String note) {
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        draw(fraction, note, now);
    }

    private void draw(double fraction, String note, long now) {
        double elapsed = (now - start) / 1e9;
        String left = fraction > 0.005 ? String.format(Locale.ROOT, "%.0f s left", elapsed * (1 - fraction) / fraction) : "";
        int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * WIDTH);
        err.printf(Locale.ROOT, "\r[%s%s] %3.0f%% %-28s %s   ", "#".repeat(filled), " ".repeat(WIDTH - filled),
                fraction * 100, note, left);
        err.flush();
        drawn = true;
    }

    @Override
    public boolean isCancelled() {
        if (Thread.interrupted()) {
            cancelled = true;
        }
        return cancelled;
    }

    /** Ends the bar's line. */
    void finish() {
        finish(!cancelled);
    }

    /** Ends the bar's line, drawn full first when the run went to its end (not left at the last redraw). */
    void finish(boolean completed) {
        if (drawn) {
            if (completed) {
                draw(1, "ended", System.nanoTime());
            }
            err.println();
        }
    }
}
