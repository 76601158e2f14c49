package org.copydesk.stage.grammar;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Instances of something that is not thread safe (a JLanguageTool, a rule
 * set), handed to one thread at a time. Like a ThreadLocal it ends with one
 * instance per concurrent worker; unlike one, an instance prepared by a
 * warm-up thread is reused by whichever worker comes first, so its expensive
 * first use (LanguageTool loads its rules on the first check) is paid once.
 */
final class InstancePool<T> {
    private final ConcurrentLinkedQueue<T> idle = new ConcurrentLinkedQueue<>();
    private final Supplier<T> factory;

    InstancePool(Supplier<T> factory) {
        this.factory = factory;
    }

    <R> R with(Function<T, R> work) {
        T instance = idle.poll();
        if (instance == null) {
            instance = factory.get();
        }
        try {
            return work.apply(instance);
        } finally {
            idle.offer(instance);
        }
    }

    void use(Consumer<T> work) {
        with(t -> {
            work.accept(t);
            return null;
        });
    }
}
