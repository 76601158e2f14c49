package org.copydesk.batch;

import java.util.Locale;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.copydesk.Copydesk;

/**
 * Batch throughput with 1 and 2 (or more) workers over a generated tree,
 * after a warm-up pass; best of a few rounds, since the machine is shared.
 * {@code java -cp copydesk-cli/target/copydesk.jar org.copydesk.batch.BatchBench [--files N] [--rounds R] [--jobs 1,2] [--dir PARENT]}
 */
public final class BatchBench {
    private BatchBench() {
    }

    public static void main(String[] args) throws Exception {
        int files = 2000;
        int rounds = 3;
        List<Integer> jobs = List.of(1, 2);
        Path parent = Path.of(System.getProperty("java.io.tmpdir"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--files" -> files = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--jobs" -> jobs = Stream.of(args[++i].split(",")).map(Integer::parseInt).toList();
                case "--dir" -> parent = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --files N --rounds R --jobs 1,2 --dir PARENT");
            }
        }
        // the file system matters: creating files costs far more on some disks than cleaning them with one stage
        Path work = Files.createTempDirectory(parent, "copydesk-bench");
        try {
            Path in = work.resolve("in");
            long bytes = SyntheticTree.write(in, files, 1);
            Copydesk desk = Copydesk.builder().build();
            long t0 = System.nanoTime();
            desk.warmUp();
            System.out.printf(Locale.ROOT, "in %s: stages %s; warm-up (data loading) %.1f s; %d files, %.2f MB%n", work,
                    desk.pipeline().stages().stream().map(s -> s.id()).toList(), (System.nanoTime() - t0) / 1e9,
                    files, bytes / 1e6);
            run(desk, in, work.resolve("warm"), jobs.stream().max(Integer::compare).orElse(1));
            cleanOnly(desk, in, jobs, rounds);
            double base = 0;
            for (int j : jobs) {
                double best = Double.MAX_VALUE;
                double cpu = Double.MAX_VALUE;
                for (int r = 0; r < rounds; r++) {
                    long c0 = processCpuNanos();
                    best = Math.min(best, run(desk, in, work.resolve("out-" + j + "-" + r), j));
                    cpu = Math.min(cpu, (processCpuNanos() - c0) / 1e9);
                }
                if (base == 0) {
                    base = best;
                }
                // CPU seconds per run show what the wall clock hides on a busy machine: whether workers add overhead
                System.out.printf(Locale.ROOT, "%d worker%s: %.2f s, %.1f files/s, %.2f MB/s, speed-up %.2fx over %d;"
                        + " process CPU %.2f s (%.0f files per CPU-second)%n", j, j == 1 ? " " : "s", best, files / best,
                        bytes / 1e6 / best, base / best, jobs.get(0), cpu, files / cpu);
            }
            System.out.printf(Locale.ROOT, "load average during the run: %.1f on %d cores%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        } finally {
            deleteTree(work);
        }
    }

    /** The same documents cleaned from memory, no file system: what the workers could reach if I/O were free. */
    private static void cleanOnly(Copydesk desk, Path in, List<Integer> jobs, int rounds) throws Exception {
        List<byte[]> docs;
        try (Stream<Path> walk = Files.walk(in)) {
            docs = walk.filter(Files::isRegularFile).sorted().map(p -> {
                try {
                    return Files.readAllBytes(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        double base = 0;
        for (int j : jobs) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(j);
            double best = Double.MAX_VALUE;
            try {
                for (int r = 0; r < rounds; r++) {
                    long t0 = System.nanoTime();
                    List<java.util.concurrent.Future<?>> futures = new java.util.ArrayList<>();
                    for (byte[] doc : docs) {
                        futures.add(pool.submit(() -> desk.clean(doc)));
                    }
                    for (java.util.concurrent.Future<?> f : futures) {
                        f.get();
                    }
                    best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                }
            } finally {
                pool.shutdown();
            }
            base = base == 0 ? best : base;
            System.out.printf(Locale.ROOT, "clean only, %d thread%s: %.1f docs/s, speed-up %.2fx%n", j, j == 1 ? " " : "s",
                    docs.size() / best, base / best);
        }
    }

    private static double run(Copydesk desk, Path in, Path out, int jobs) throws IOException, InterruptedException {
        BatchConfig config = new BatchConfig(in, out, jobs, false, null, Progress.Mode.OFF, Duration.ofSeconds(10),
                "bench\n");
        BatchStats stats = new BatchRunner(desk, config, new PrintStream(OutputStream.nullOutputStream())).run();
        if (stats.failed() > 0) {
            throw new IllegalStateException(stats.failed() + " files failed");
        }
        double seconds = stats.seconds();
        deleteTree(out);
        return seconds;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
