package org.copydesk.batch;

import java.util.Locale;
import tools.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.io.FileCleaner;
import org.copydesk.io.Messages;
import org.copydesk.stage.blocks.TemplateLines;

/**
 * Cleans a tree of files with a pool of workers sharing one {@link Copydesk}.
 * The tree is walked lazily and at most two small chunks of files per worker are in flight,
 * so memory does not grow with the number of files. Each file's output is
 * written atomically, then its manifest line appended: a file is done exactly
 * when its line is there, which is what a resumed run trusts.
 */
public final class BatchRunner {
    private static final String FINGERPRINT_FILE = ".copydesk-batch";
    private static final String LOCK_FILE = ".copydesk-batch.lock";

    /** Told about each finished file, from the worker's thread; for tests and tools. */
    @FunctionalInterface
    public interface Listener {
        void fileDone(String path, boolean ok);
    }

    private final Copydesk desk;
    private final FileCleaner cleaner;
    private final BatchConfig config;
    private final PrintStream err;
    private final InPlace inPlace;
    private final BatchStats stats = new BatchStats();
    private Listener listener = (path, ok) -> { };
    private Progress progress;
    private boolean restart;
    private Path report;
    private Path realInput;

    public BatchRunner(Copydesk desk, BatchConfig config, PrintStream err) {
        this.desk = desk;
        this.cleaner = new FileCleaner(desk);
        this.config = config;
        this.err = err;
        this.inPlace = config.inPlace() ? new InPlace(config.backupDir()) : null;
    }

    public BatchRunner listener(Listener value) {
        this.listener = value;
        return this;
    }

    /** Forget an earlier run's manifest, once this run holds OUT's lock (never under another batch). */
    public BatchRunner restart(boolean value) {
        this.restart = value;
        return this;
    }

    /** A file this run writes besides its outputs (the review report): never taken as an input. */
    public BatchRunner excluding(Path file) {
        this.report = file;
        return this;
    }

    public BatchStats run() throws IOException, InterruptedException {
        realInput = config.input().toRealPath();
        Files.createDirectories(config.output());
        try (FileChannel lockChannel = FileChannel.open(config.output().resolve(LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(lockChannel)) {
            if (lock == null) {
                throw new IllegalStateException("another batch is writing to " + config.output()
                        + "; wait for it to finish (nothing was changed)");
            }
            if (restart) {
                Files.deleteIfExists(config.manifest());
                Files.deleteIfExists(config.output().resolve(FINGERPRINT_FILE));
            }
            checkFingerprint();
            // before any worker starts, so every temp file found is a killed run's
            AtomicFiles.sweepTemps(config.output());
            if (config.inPlace()) {
                AtomicFiles.sweepTemps(config.input());
            }
            Thread interrupted = new Thread(() -> err.printf(Locale.ROOT, "%ncopydesk batch: interrupted after %d files; run the same"
                    + " command again to resume%n", stats.processed()));
            Runtime.getRuntime().addShutdownHook(interrupted);
            try (Manifest manifest = Manifest.open(config.manifest(), this::stillDone)) {
                runWith(manifest);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(interrupted);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is already running and says its piece
                }
            }
        }
        return stats;
    }

    /** The lock, or null when another process (or another batch in this JVM) holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    private void runWith(Manifest manifest) throws InterruptedException {
        TreeWalker walker = new TreeWalker(config.input(), excluded(), config.inPlace());
        // lines that recur across the tree are its sites' templates: counted over every file, done or not,
        // so a resumed run cleans its remaining files with the same evidence as the first run
        TemplateLines.install(desk.resources(), TemplateLineCounter.count(config.input(), walker));
        long[] plan = new long[2];
        walker.walk(rel -> {
            if (!manifest.isDone(ManifestEntry.key(rel))) {
                plan[0]++;
                FileStamp stamp = FileStamp.orNull(config.input().resolve(rel));
                plan[1] += stamp == null ? 0 : stamp.size();
            }
        }, (dir, problem) -> { });
        stats.plan(manifest.doneCount(), plan[0], plan[1]);
        progress = new Progress(config.progress(), config.every(), err, stats);
        progress.start();
        ExecutorService pool = Executors.newFixedThreadPool(config.jobs(), new WorkerThreads());
        // files go to workers in small chunks: one hand-over per file costs as much as cleaning it with few stages,
        // and chunks stay small enough that no worker is left with a long tail at the end
        int chunk = (int) Math.max(1, Math.min(32, plan[0] / (config.jobs() * 16L)));
        Semaphore inFlight = new Semaphore(config.jobs() * 2);
        List<Path> pending = new ArrayList<>(chunk);
        try {
            walker.walk(rel -> {
                if (manifest.isDone(ManifestEntry.key(rel))) {
                    return;
                }
                pending.add(rel);
                if (pending.size() == chunk) {
                    submit(pool, inFlight, List.copyOf(pending), manifest);
                    pending.clear();
                }
            }, (dir, problem) -> fail(manifest, ManifestEntry.key(dir), null, problem));
            submit(pool, inFlight, List.copyOf(pending), manifest);
        } finally {
            pool.shutdown();
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
            stats.finish();
            progress.stop();
        }
    }

    /** Hands a chunk to the pool, waiting while two chunks per worker are already in flight (bounded memory). */
    private void submit(ExecutorService pool, Semaphore inFlight, List<Path> files, Manifest manifest) {
        if (files.isEmpty()) {
            return;
        }
        inFlight.acquireUninterruptibly();
        pool.execute(() -> {
            try {
                for (Path rel : files) {
                    cleanOne(rel, ManifestEntry.key(rel), manifest);
                }
            } finally {
                inFlight.release();
            }
        });
    }

    private void cleanOne(Path rel, String key, Manifest manifest) {
        Path source = config.input().resolve(rel);
        FileStamp stamp = FileStamp.orNull(source);
        try {
            if (Files.isSymbolicLink(source) && (config.inPlace() || RealPaths.linksOutside(source, realInput))) {
                // a link could pull a file from anywhere (a system file) into the outputs, or have it rewritten in place
                fail(manifest, key, stamp, config.inPlace() ? "symbolic link: not rewritten in place (not followed)"
                        : "symbolic link to a file outside the directory: not followed");
                return;
            }
            if (!Files.isRegularFile(source)) {
                fail(manifest, key, stamp, "not a regular file (device, pipe or broken link), skipped");
                return;
            }
            if (inPlace == null && config.target(rel).equals(config.manifest())) {
                fail(manifest, key, stamp, "its output would replace the batch manifest; move it into a subdirectory");
                return;
            }
            FileCleaner.Outcome outcome = cleaner.clean(source);
            if (!outcome.ok()) {
                fail(manifest, key, stamp, outcome.error());
                return;
            }
            FileStamp recorded = stamp;
            if (inPlace == null) {
                AtomicFiles.write(config.target(rel), utf8(outcome.result()));
            } else if (!InPlace.alreadyClean(outcome.result())) {
                inPlace.backUp(config.input(), rel);
                AtomicFiles.write(source, utf8(outcome.result()), source);
                recorded = FileStamp.of(source);
            }
            manifest.append(ManifestEntry.ok(key, recorded, outcome.result()));
            stats.cleaned(outcome.result(), stamp == null ? 0 : stamp.size());
            listener.fileDone(key, true);
        } catch (IOException | RuntimeException e) {
            fail(manifest, key, stamp, "failed: " + Messages.describe(e));
        }
    }

    private static byte[] utf8(CleanResult r) {
        return r.text().getBytes(StandardCharsets.UTF_8);
    }

    private void fail(Manifest manifest, String key, FileStamp stamp, String error) {
        progress.message("copydesk: " + key + ": " + error);
        try {
            manifest.append(ManifestEntry.failed(key, stamp, error));
        } catch (IOException e) {
            progress.message("copydesk: cannot write the manifest: " + Messages.describe(e));
        }
        stats.failed(stamp == null ? 0 : stamp.size());
        listener.fileDone(key, false);
    }

    /** A manifest line from an earlier run still counts if its input is unchanged and its output is there. */
    private boolean stillDone(JsonNode entry) {
        Path rel = Path.of(entry.path("path").asText());
        // an in-place run records the stamp of the cleaned file, which is now the input
        return ManifestEntry.sameStamp(entry, FileStamp.orNull(config.input().resolve(rel)))
                && (config.inPlace() || Files.isRegularFile(config.target(rel)));
    }

    /** Refuses to resume with different options: the outputs would mix two ways of cleaning. */
    private void checkFingerprint() throws IOException {
        Path file = config.output().resolve(FINGERPRINT_FILE);
        if (Files.exists(config.manifest()) && Files.exists(file)) {
            String before = Files.readString(file, StandardCharsets.UTF_8);
            if (!before.equals(config.fingerprint())) {
                throw new IllegalStateException("the batch in " + config.output() + " was started with other options ("
                        + before.strip() + "); use the same options, or --restart to clean everything again");
            }
        }
        AtomicFiles.write(file, config.fingerprint().getBytes(StandardCharsets.UTF_8));
    }

    private Set<Path> excluded() {
        // the batch's own files too: with --in-place -o IN they sit among the inputs and must never be cleaned
        Set<Path> out = new HashSet<>();
        for (Path p : new Path[] {config.output(), config.backupDir(), config.manifest(),
            config.output().resolve(LOCK_FILE), config.output().resolve(FINGERPRINT_FILE), report}) {
            if (p != null) {
                out.add(p);
                try {
                    out.add(RealPaths.of(p));
                } catch (IOException e) {
                    // the path as given is still excluded
                }
            }
        }
        return out;
    }

    /** Daemon workers with readable names, so a stuck batch shows where in a thread dump. */
    private static final class WorkerThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "copydesk-batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
