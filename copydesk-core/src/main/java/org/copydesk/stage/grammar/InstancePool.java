package org.copydesk.stage.grammar;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Instances of something that is not thread safe (a JLanguageTool, a rule
 * set), handed to one thread at a time. Like a ThreadLocal it ends with one
 * instance per concurrent worker; unlike one, an instance prepared by a
 * warm-up thread is reused by whichever worker comes first, so its expensive
 * first use (LanguageTool loads its rules on the first check) is paid once.
 * An instance can also be built on a background thread while the caller does
 * other work ({@link #prepareInBackground}); the next caller without an idle
 * instance takes it instead of building its own.
 */
final class InstancePool<T> {
    private final ConcurrentLinkedQueue<T> idle = new ConcurrentLinkedQueue<>();
    private final Supplier<T> factory;
    private final AtomicReference<CompletableFuture<T>> building = new AtomicReference<>();

    InstancePool(Supplier<T> factory) {
        this.factory = factory;
    }

    <R> R with(Function<T, R> work) {
        T instance = idle.poll();
        if (instance == null) {
            CompletableFuture<T> built = building.getAndSet(null);
            instance = built != null ? built.join() : factory.get();
        }
        try {
            return work.apply(instance);
        } finally {
            idle.offer(instance);
        }
    }

    /** Starts building an instance on a daemon thread, unless one is idle or already being built. */
    void prepareInBackground(String threadName) {
        if (readyOrBuilding()) {
            return;
        }
        CompletableFuture<T> future = new CompletableFuture<>();
        if (!building.compareAndSet(null, future)) {
            return;
        }
        // the failure goes to the caller that takes this instance, which then sees it on its own thread
        org.copydesk.core.Background.start(threadName, () -> {
            try {
                future.complete(factory.get());
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        });
    }

    /** An instance is idle or being built: the next caller will not build one on its own thread. */
    boolean readyOrBuilding() {
        return !idle.isEmpty() || building.get() != null;
    }

    void use(Consumer<T> work) {
        with(t -> {
            work.accept(t);
            return null;
        });
    }
}
