package io.interphase.run.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Independent runs on a pool as large as the machine, their results in the order given. */
final class Parallel {

    /** One piece of work. */
    interface Work<T, R> {
        R apply(T item) throws Exception;
    }

    private Parallel() {
    }

    /**
     * Applies the work to every item, on every core; {@code done} hears how many have finished after each.
     * A failure is thrown as it was thrown (a runtime exception as itself), the rest cancelled.
     */
    static <T, R> List<R> map(List<T> items, Work<T, R> work, IntConsumer done) {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        AtomicInteger finished = new AtomicInteger();
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                Callable<R> task = () -> {
                    R r = work.apply(item);
                    done.accept(finished.incrementAndGet());
                    return r;
                };
                futures.add(pool.submit(task));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
