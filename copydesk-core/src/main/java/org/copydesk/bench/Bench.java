package org.copydesk.bench;

import java.util.Locale;
import org.copydesk.core.LtLanguages;
import org.copydesk.stage.grammar.EnglishChunkerModels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.copydesk.CleanOptions;
import org.copydesk.Copydesk;
import org.copydesk.core.Pipeline;
import org.languagetool.JLanguageTool;

/**
 * The benchmark behind {@code copydesk bench}: throughput of each stage and
 * of the whole pipeline on one thread and on N, raw LanguageTool's default
 * check over the same text for comparison, cold start in a fresh JVM, and
 * peak heap. Every measurement follows a warm-up that lasts until the JIT has
 * settled (its compile time grows by under a tenth of a warm-up window; the
 * pipeline's code keeps the compiler busy for tens of seconds, and a compiler
 * thread takes a core from a two-thread run), so JIT compilation and lazy
 * loading count only in the cold-start figure; the report says how long the
 * warm-up took and how busy the compiler still was while measuring. Throughput
 * is given per wall second and per CPU second of the measuring threads: on a
 * shared machine only the latter is stable.
 */
public final class Bench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();
    /** The JIT has settled when a warm-up window spends under this share of its wall time compiling. */
    static final double JIT_SETTLED_SHARE = 0.10;
    /**
     * A warm-up ends after this many measuring times (at most two minutes), settled or not: the report then
     * shows how busy the compiler still is.
     */
    static final int MAX_WARM_UP_WINDOWS = 20;
    /** Options of this JVM the cold-start JVM inherits: the launcher's heap, GC and start-up cache. */
    private static final List<String> COLD_START_OPTIONS = List.of("-Xmx", "-XX:+UseSerialGC", "-XX:AOTCache=",
            "-XX:SharedArchiveFile=", "-Xshare", "-Xlog:", "--sun-misc-unsafe-memory-access");
    private final CleanOptions options;
    private final double minSeconds;
    private final boolean compareLanguageTool;
    private final Path coldStartFile;

    /**
     * @param options             pipeline options (grammar mode among them)
     * @param minSeconds          each throughput is measured over at least this long
     * @param compareLanguageTool also time raw LanguageTool's default check
     * @param coldStartFile       a document to clean in a fresh JVM, or null to skip the cold start
     */
    public Bench(CleanOptions options, double minSeconds, boolean compareLanguageTool, Path coldStartFile) {
        this.options = options;
        this.minSeconds = minSeconds;
        this.compareLanguageTool = compareLanguageTool;
        this.coldStartFile = coldStartFile;
    }

    /** Defaults for the command line: 5 s per figure, LanguageTool compared, cold start on the first sample file. */
    public static Bench defaults(CleanOptions options, Path coldStartFile) {
        return new Bench(options, 5.0, true, coldStartFile);
    }

    /** The built-in sample: every {@code *.dirty.txt} of the corpus directory. */
    public static List<Path> corpusSample(Path corpusDir) {
        try (Stream<Path> files = Files.list(corpusDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".dirty.txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + corpusDir, e);
        }
    }

    public static List<String> read(List<Path> files) {
        List<String> docs = new ArrayList<>();
        for (Path f : files) {
            try {
                docs.add(Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            }
        }
        return docs;
    }

    public BenchReport run(List<String> docs, int threads) {
        if (docs.isEmpty() || threads < 1) {
            throw new IllegalArgumentException("need documents and at least one thread");
        }
        long coldWall = -1;
        long coldInside = -1;
        if (coldStartFile != null) {
            long[] cold = coldStart(coldStartFile);
            coldInside = cold[0];
            coldWall = cold[1];
        }
        resetPeaks();
        Copydesk desk = Copydesk.builder().options(options).build();
        double kb = docs.stream().mapToLong(String::length).sum() / 1024.0;
        Map<String, LongAdder> stageNanos = new ConcurrentHashMap<>();
        Pipeline.StageTimer timer = (id, nanos) -> stageNanos.computeIfAbsent(id, k -> new LongAdder()).add(nanos);
        long warmUpStart = System.nanoTime();
        double settledShare = warmUp(desk, docs, threads, timer);
        double warmUpSeconds = (System.nanoTime() - warmUpStart) / 1e9;
        stageNanos.clear();
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long jitStart = jitMillis();
        int rounds = cleanRounds(desk, docs, timer, 1);
        double single = (System.nanoTime() - start) / 1e9;
        double singleJit = jitShare(jitStart, single);
        double singleCpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        Map<String, Double> perStage = new LinkedHashMap<>();
        for (var stage : desk.pipeline().stages()) {
            LongAdder n = stageNanos.get(stage.id());
            if (n != null) {
                perStage.put(stage.id(), kb * rounds / Math.max(1e-9, n.sum() / 1e9));
            }
        }
        int multiRounds = Math.max(1, rounds);
        long t0 = System.nanoTime();
        long jitMulti = jitMillis();
        double multiCpu = runPool(desk, docs, threads, multiRounds);
        double multi = (System.nanoTime() - t0) / 1e9;
        double multiJit = jitShare(jitMulti, multi);
        double peak = peakHeapMegabytes(); // before LanguageTool's own run, which is not the pipeline's
        double[] lt = compareLanguageTool ? languageToolKbPerSecond(docs, kb) : new double[] {-1, -1};
        return new BenchReport(docs.size(), kb, threads, options.grammar().name(), perStage,
                kb * rounds / single, docs.size() * rounds / single,
                kb * multiRounds * threads / multi, docs.size() * multiRounds * threads / multi,
                lt[0], coldInside, coldWall, peak,
                kb * rounds / singleCpu, kb * multiRounds * threads / multiCpu, lt[1],
                new BenchReport.JitActivity(warmUpSeconds, settledShare, singleJit, multiJit));
    }

    /** Milliseconds the JIT has spent compiling, summed over its threads; -1 where the JVM does not say. */
    private static long jitMillis() {
        return JIT != null && JIT.isCompilationTimeMonitoringSupported() ? JIT.getTotalCompilationTime() : -1;
    }

    /** Compile time since {@code fromMillis} as a share of one core over {@code seconds}; -1 when unknown. */
    private static double jitShare(long fromMillis, double seconds) {
        long now = jitMillis();
        return now < 0 || fromMillis < 0 ? -1 : (now - fromMillis) / 1000.0 / Math.max(1e-9, seconds);
    }

    /**
     * Cleans the sample in windows of at least three rounds and the measuring time each, the way the
     * measurement does, until a window spends under {@link #JIT_SETTLED_SHARE} of its time compiling (or
     * {@link #MAX_WARM_UP_WINDOWS} measuring times have passed: compiles come in bursts of half a second, so a
     * window, not a round, is the unit); then on every worker thread at once for about a measuring time, so each
     * has its own LanguageTool instances and the compiles that concurrency brings are done.
     * Returns the last window's share of time compiling (-1 when the JVM does not say).
     */
    private double warmUp(Copydesk desk, List<String> docs, int threads, Pipeline.StageTimer timer) {
        long start = System.nanoTime();
        double share;
        double roundSeconds;
        do {
            long windowStart = System.nanoTime();
            long jit = jitMillis();
            int rounds = cleanRounds(desk, docs, timer, 3);
            double window = (System.nanoTime() - windowStart) / 1e9;
            share = jitShare(jit, window);
            roundSeconds = window / rounds;
        } while (share >= JIT_SETTLED_SHARE
                && System.nanoTime() - start < Math.min(120, MAX_WARM_UP_WINDOWS * minSeconds) * 1e9);
        // the workers too, for a measuring time: N threads at once bring compiles of their own
        runPool(desk, docs, threads, (int) Math.max(1, Math.ceil(minSeconds / roundSeconds / threads)));
        return share;
    }

    /** Cleans the sample round after round for at least {@code minRounds} and the measuring time; returns the rounds. */
    private int cleanRounds(Copydesk desk, List<String> docs, Pipeline.StageTimer timer, int minRounds) {
        long start = System.nanoTime();
        int rounds = 0;
        do {
            for (String doc : docs) {
                desk.pipeline().run(doc, options, timer);
            }
            rounds++;
        } while (rounds < minRounds || System.nanoTime() - start < minSeconds * 1e9);
        return rounds;
    }

    /** Each of {@code threads} workers cleans the whole sample {@code rounds} times; returns their CPU seconds. */
    private double runPool(Copydesk desk, List<String> docs, int threads, int rounds) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        LongAdder cpuNanos = new LongAdder();
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                jobs.add(pool.submit(() -> {
                    long cpu0 = THREADS.getCurrentThreadCpuTime();
                    for (int r = 0; r < rounds; r++) {
                        for (String doc : docs) {
                            desk.clean(doc, options);
                        }
                    }
                    cpuNanos.add(THREADS.getCurrentThreadCpuTime() - cpu0);
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("benchmark worker failed", e);
        } finally {
            pool.shutdown();
        }
        return cpuNanos.sum() / 1e9;
    }

    /**
     * Raw LanguageTool as shipped (without the pipeline's faster chunker models), default rules, one thread:
     * {KB per wall second, KB per CPU second}.
     */
    private double[] languageToolKbPerSecond(List<String> docs, double kb) {
        return EnglishChunkerModels.asShipped(() -> shippedLanguageToolKbPerSecond(docs, kb));
    }

    private double[] shippedLanguageToolKbPerSecond(List<String> docs, double kb) {
        try {
            JLanguageTool lt = new JLanguageTool(LtLanguages.forCode("en-US"));
            for (String doc : docs) {
                lt.check(doc);
            }
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            int rounds = 0;
            do {
                for (String doc : docs) {
                    lt.check(doc);
                }
                rounds++;
            } while (System.nanoTime() - start < minSeconds * 1e9);
            double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            return new double[] {kb * rounds / ((System.nanoTime() - start) / 1e9), kb * rounds / cpu};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Cleans one file in a fresh JVM started as the launcher starts a small {@code clean}: this JVM's heap,
     * GC and start-up cache options, the C1-only JIT. Returns {inside ms, wall ms}, -1 when it failed.
     */
    static long[] coldStart(Path file) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java));
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (COLD_START_OPTIONS.stream().anyMatch(arg::startsWith)) {
                cmd.add(arg);
            }
        }
        cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                ColdStart.class.getName(), file.toString()));
        long start = System.nanoTime();
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return new long[] {-1, -1};
            }
            long wall = (System.nanoTime() - start) / 1_000_000;
            for (String line : out.split("\n")) {
                if (line.startsWith("cold-start-ms ")) {
                    return new long[] {Long.parseLong(line.split(" ")[1]), wall};
                }
            }
            return new long[] {-1, wall};
        } catch (IOException e) {
            return new long[] {-1, -1};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new long[] {-1, -1};
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static double peakHeapMegabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / 1024.0 / 1024.0;
    }

    /** For measuring without the CLI: {@code java -cp ... org.copydesk.bench.Bench [THREADS] [FILES...]}. */
    public static void main(String[] args) {
        // the sample is cleaned over and over: LanguageTool's sentence cache would time cache hits, not checks
        System.setProperty("copydesk.grammar.cache", System.getProperty("copydesk.grammar.cache", "0"));
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            files.add(Path.of(args[i]));
        }
        if (files.isEmpty()) {
            files = corpusSample(Path.of("corpus"));
        }
        CleanOptions options = CleanOptions.defaults();
        String mode = System.getProperty("copydesk.grammar");
        if (mode != null) {
            options = options.withGrammar(CleanOptions.GrammarMode.valueOf(mode.toUpperCase(Locale.ROOT)));
        }
        defaults(options, files.get(0)).run(read(files), threads).print(System.out);
    }
}
