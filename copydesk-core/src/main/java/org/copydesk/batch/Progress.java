package org.copydesk.batch;

import java.util.Locale;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows how far a batch is: a bar redrawn in place on a terminal, or plain
 * log lines at an interval when output goes to a file or a pipe.
 */
public final class Progress {
    public enum Mode { BAR, LOG, OFF }

    private static final int BAR_WIDTH = 24;

    private final Mode mode;
    private final Duration every;
    private final PrintStream err;
    private final BatchStats stats;
    private final int columns;
    private ScheduledExecutorService timer;

    Progress(Mode mode, Duration every, PrintStream err, BatchStats stats) {
        this(mode, every, err, stats, columns(System.getenv("COLUMNS")));
    }

    Progress(Mode mode, Duration every, PrintStream err, BatchStats stats, int columns) {
        this.mode = mode;
        this.every = every;
        this.err = err;
        this.stats = stats;
        this.columns = columns;
    }

    /** The terminal's width from {@code COLUMNS} (shells set it), else 80. */
    static int columns(String env) {
        try {
            int n = env == null ? 0 : Integer.parseInt(env.strip());
            return n >= 10 ? n : 80;
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    /** The line cut to the terminal: one column short, so the cursor never wraps a bar onto a new line. */
    static String fit(String line, int columns) {
        int max = Math.max(1, columns - 1);
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }

    void start() {
        if (mode == Mode.OFF) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "copydesk-progress");
            t.setDaemon(true);
            return t;
        });
        long ms = Math.max(50, every.toMillis());
        timer.scheduleAtFixedRate(this::show, ms, ms, TimeUnit.MILLISECONDS);
    }

    void stop() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        show();
        if (mode == Mode.BAR) {
            err.println();
        }
        err.flush();
    }

    /** Prints a message line (a failed file) without tearing the bar: the bar is redrawn on the next tick. */
    synchronized void message(String line) {
        if (mode == Mode.BAR && timer != null) {
            err.print("\r\033[K");
        }
        err.println(line);
        err.flush();
    }

    private synchronized void show() {
        err.print(line());
        err.flush();
    }

    /** What one tick prints: the bar (redrawn in place) or a log line, never wider than the terminal. */
    String line() {
        if (mode == Mode.BAR) {
            return "\r" + fit(bar() + " " + status(), columns) + "\033[K";
        }
        return fit("copydesk batch: " + status(), columns) + System.lineSeparator();
    }

    String status() {
        long files = stats.processed();
        double mb = stats.bytes() / 1e6;
        double s = stats.seconds();
        return String.format(Locale.ROOT, "%d/%d files, %.1f/%.1f MB, %.1f files/s, %.2f MB/s, ETA %s%s", files,
                stats.toDoFiles(), mb, stats.toDoBytes() / 1e6, files / s, mb / s, eta(s),
                stats.failed() > 0 ? ", " + stats.failed() + " failed" : "");
    }

    private String bar() {
        double f = fraction();
        int full = (int) Math.round(f * BAR_WIDTH);
        return String.format(Locale.ROOT, "[%s%s] %3d%%", "#".repeat(full), " ".repeat(BAR_WIDTH - full), Math.round(f * 100));
    }

    /** Share done, by bytes when there are any (files differ in size), else by files. */
    private double fraction() {
        if (stats.toDoBytes() > 0) {
            return Math.min(1, (double) stats.bytes() / stats.toDoBytes());
        }
        return stats.toDoFiles() == 0 ? 1 : Math.min(1, (double) stats.processed() / stats.toDoFiles());
    }

    private String eta(double seconds) {
        double f = fraction();
        if (f <= 0) {
            return "?";
        }
        long left = Math.round(seconds / f - seconds);
        return left >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", left / 3600, left / 60 % 60, left % 60)
                : String.format(Locale.ROOT, "%d:%02d", left / 60, left % 60);
    }
}
