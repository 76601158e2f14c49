package org.copydesk.core;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * When a document's time budget runs out, in CPU time of the cleaning thread
 * (waiting for a busy machine's other core is not spent budget). The pipeline
 * checks it between stages; a stage with a long loop over sentences may check
 * it too and stop early with a BUDGET_EXCEEDED finding.
 */
public final class Deadline {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** No deadline at all. */
    public static final Deadline NONE = new Deadline(0, Long.MAX_VALUE);

    private final long started;
    private final long budget;

    private Deadline(long started, long budget) {
        this.started = started;
        this.budget = budget;
    }

    /** A deadline {@code budgetNanos} of CPU time from now ({@code Long.MAX_VALUE}: none). */
    static Deadline in(long budgetNanos) {
        return budgetNanos == Long.MAX_VALUE ? NONE : new Deadline(now(), budgetNanos);
    }

    public boolean passed() {
        return budget != Long.MAX_VALUE && now() - started >= budget;
    }

    public long budgetNanos() {
        return budget;
    }

    private static long now() {
        if (THREADS.isCurrentThreadCpuTimeSupported()) {
            long t = THREADS.getCurrentThreadCpuTime();
            if (t >= 0) {
                return t;
            }
        }
        return System.nanoTime();
    }
}
