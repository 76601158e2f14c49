package org.copydesk.bench;

import java.util.Locale;
import java.io.PrintStream;
import java.util.Map;

/**
 * What one benchmark run measured. Throughputs are KB (1024 chars of input)
 * per second; {@code -1} means not measured.
 *
 * @param documents          documents in the sample
 * @param kilobytes          size of the sample in KB
 * @param threads            worker threads of the multi-threaded run
 * @param grammarMode        the grammar mode the pipeline ran with
 * @param stageKbPerSecond   per stage, single thread: sample size over the time spent in that stage
 * @param pipelineKbPerSecond whole pipeline, one thread
 * @param pipelineDocsPerSecond whole pipeline, one thread
 * @param allThreadsKbPerSecond whole pipeline on {@code threads} threads together
 * @param allThreadsDocsPerSecond whole pipeline on {@code threads} threads together
 * @param languageToolKbPerSecond raw LanguageTool default {@code check()} (en-US, all default rules), one thread
 * @param coldStartMillis    fresh JVM: start to first cleaned document, measured inside that JVM
 * @param coldStartWallMillis fresh JVM: process start to exit, as the shell sees it
 * @param peakHeapMegabytes  highest heap use seen (sum of the heap pools' peaks)
 * @param pipelineKbPerCpuSecond whole pipeline, one thread, per CPU second of that thread
 * @param allThreadsKbPerCpuSecond whole pipeline on {@code threads} threads, per CPU second summed over them
 * @param languageToolKbPerCpuSecond raw LanguageTool, per CPU second
 * @param jit                how long the warm-up ran and how busy the JIT compiler was
 */
public record BenchReport(
        int documents,
        double kilobytes,
        int threads,
        String grammarMode,
        Map<String, Double> stageKbPerSecond,
        double pipelineKbPerSecond,
        double pipelineDocsPerSecond,
        double allThreadsKbPerSecond,
        double allThreadsDocsPerSecond,
        double languageToolKbPerSecond,
        long coldStartMillis,
        long coldStartWallMillis,
        double peakHeapMegabytes,
        double pipelineKbPerCpuSecond,
        double allThreadsKbPerCpuSecond,
        double languageToolKbPerCpuSecond,
        JitActivity jit) {

    /**
     * The JIT compiler's activity, as shares of one core spent compiling (-1: the JVM does not say).
     *
     * @param warmUpSeconds how long the warm-up ran before the measurements
     * @param lastWarmUpWindow share in the warm-up's last window (under 0.10 when it settled)
     * @param singleThread    share during the one-thread measurement
     * @param allThreads      share during the N-thread measurement
     */
    public record JitActivity(double warmUpSeconds, double lastWarmUpWindow, double singleThread, double allThreads) {
    }

    public double perThreadKbPerSecond() {
        return allThreadsKbPerSecond / threads;
    }

    /** Multi-threaded throughput over {@code threads} times the single-thread throughput (1.0 = linear). */
    public double scaling() {
        return allThreadsKbPerSecond / (threads * pipelineKbPerSecond);
    }

    public double speedupOverLanguageTool() {
        return languageToolKbPerSecond > 0 ? pipelineKbPerSecond / languageToolKbPerSecond : -1;
    }

    /** Like {@link #scaling()} but per CPU second: below 1.0 when threads slow each other (locks, memory). */
    public double cpuScaling() {
        return allThreadsKbPerCpuSecond / pipelineKbPerCpuSecond;
    }

    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "sample: %d documents, %.1f KB; grammar mode %s%n", documents, kilobytes, grammarMode);
        out.println("per stage (1 thread):");
        stageKbPerSecond.forEach((stage, kbs) -> out.printf(Locale.ROOT, "  %-10s %10.1f KB/s%n", stage, kbs));
        out.printf(Locale.ROOT, "pipeline, 1 thread:    %8.1f KB/s  %8.1f docs/s  (%.1f KB per CPU second)%n",
                pipelineKbPerSecond, pipelineDocsPerSecond, pipelineKbPerCpuSecond);
        out.printf(Locale.ROOT, "pipeline, %d threads:   %8.1f KB/s  %8.1f docs/s  (%.1f KB/s per thread, scaling %.2f;"
                        + " %.1f KB per CPU second, CPU scaling %.2f)%n",
                threads, allThreadsKbPerSecond, allThreadsDocsPerSecond, perThreadKbPerSecond(), scaling(),
                allThreadsKbPerCpuSecond, cpuScaling());
        if (languageToolKbPerSecond > 0) {
            out.printf(Locale.ROOT, "LanguageTool default check(), 1 thread: %.1f KB/s (%.1f KB per CPU second);"
                            + " pipeline is %.1fx faster (%.1fx per CPU second)%n",
                    languageToolKbPerSecond, languageToolKbPerCpuSecond, speedupOverLanguageTool(),
                    pipelineKbPerCpuSecond / languageToolKbPerCpuSecond);
        }
        if (coldStartMillis >= 0) {
            out.printf(Locale.ROOT, "cold start (fresh JVM, launcher options): first document cleaned after %d ms; process wall %d ms%n",
                    coldStartMillis, coldStartWallMillis);
        }
        if (jit.singleThread() >= 0) {
            out.printf(Locale.ROOT, "warm-up: %.0f s; JIT compiling %.0f%% of a core in its last window, %.0f%% during"
                            + " the 1-thread run, %.0f%% during the %d-thread run%n", jit.warmUpSeconds(),
                    100 * jit.lastWarmUpWindow(), 100 * jit.singleThread(), 100 * jit.allThreads(), threads);
        }
        out.printf(Locale.ROOT, "peak heap: %.0f MB (max heap %d MB)%n", peakHeapMegabytes,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
