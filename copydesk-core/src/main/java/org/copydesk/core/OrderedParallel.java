package org.copydesk.core;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps a stream of items on several threads and hands the results to a sink in input order, each
 * as soon as it and all before it are done (a stream's reader sees results while it is still
 * writing input). At most {@code 2 × threads} items are in flight: {@link #submit} waits when the
 * window is full, so a long stream never piles up in memory. With one thread everything runs
 * inline on the caller's thread. The sink runs on one thread at a time; the first exception from
 * the work or the sink stops the run and is rethrown by {@link #submit} or {@link #finish}.
 */
public final class OrderedParallel<I, O> implements AutoCloseable {
    private static final Future<?> END = CompletableFuture.completedFuture(null);

    private final Function<I, O> work;
    private final Consumer<O> sink;
    private final ExecutorService pool;
    private final BlockingQueue<Future<?>> queue;
    private final Thread writer;
    private volatile Throwable failure;

    public OrderedParallel(int threads, Function<I, O> work, Consumer<O> sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.work = work;
        this.sink = sink;
        if (threads == 1) {
            pool = null;
            queue = null;
            writer = null;
            return;
        }
        pool = Executors.newFixedThreadPool(threads, r -> daemon(r, "copydesk-worker"));
        queue = new ArrayBlockingQueue<>(2 * threads);
        writer = daemon(this::deliver, "copydesk-writer");
        writer.start();
    }

    /** Queues an item, waiting while the window is full. */
    public void submit(I item) {
        if (pool == null) {
            sink.accept(work.apply(item));
            return;
        }
        put(pool.submit(() -> work.apply(item)));
    }

    /** Waits until every queued result has reached the sink. */
    public void finish() {
        if (pool == null) {
            return;
        }
        put(END);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        rethrowFailure();
    }

    private void put(Future<?> f) {
        try {
            while (!queue.offer(f, 50, TimeUnit.MILLISECONDS)) {
                rethrowFailure(); // the writer stopped: nobody will make room
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        rethrowFailure();
    }

    @SuppressWarnings("unchecked")
    private void deliver() {
        try {
            while (true) {
                Future<?> f = queue.take();
                if (f == END) {
                    return;
                }
                sink.accept((O) f.get());
            }
        } catch (ExecutionException e) {
            failure = e.getCause();
        } catch (Throwable t) {
            failure = t;
        }
    }

    private void rethrowFailure() {
        Throwable t = failure;
        if (t == null) {
            return;
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
            writer.interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
