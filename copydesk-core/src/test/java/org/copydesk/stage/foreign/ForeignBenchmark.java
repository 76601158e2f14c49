package org.copydesk.stage.foreign;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.CleanOptions;
import org.copydesk.Copydesk;

/**
 * Memory and speed of the foreign stage alone, for docs/foreign.md (not a
 * unit test: timings vary with the machine). Run after {@code mvn test-compile}:
 * {@code java -cp target/test-classes:target/classes:$(deps) org.copydesk.stage.foreign.ForeignBenchmark}.
 */
public final class ForeignBenchmark {
    private ForeignBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long heap0 = usedHeap();
        CleanOptions only = ForeignTestSetTest.foreignOnly();
        long t0 = System.nanoTime();
        Copydesk desk = Copydesk.builder().options(only).build();
        ForeignModel model = ForeignModel.of(desk.resources(), only.languages());
        long modelNanos = System.nanoTime() - t0;
        long heap1 = usedHeap();
        long t1 = System.nanoTime();
        model.passages().judge("El presidente dijo que la economía crecerá. Die Regierung hat Maßnahmen angekündigt.");
        long linguaNanos = System.nanoTime() - t1;
        long heap2 = usedHeap();
        long t2 = System.nanoTime();
        desk.clean("The líder dijo. O governo disse. Le gouvernement a annoncé. Il governo ha detto. Die Regierung sagte.", only);
        long firstNanos = System.nanoTime() - t2;
        long heap3 = usedHeap();
        System.out.printf("cold start: taggers, glossaries, lexicons %.1f s (+%d MB); Lingua models, 5 languages + English,"
                + " %.1f s (+%d MB); first document %.1f s (+%d MB)%n", modelNanos / 1e9, (heap1 - heap0) >> 20,
                linguaNanos / 1e9, (heap2 - heap1) >> 20, firstNanos / 1e9, (heap3 - heap2) >> 20);
        System.out.printf("heap retained by the stage: %d MB%n", (heap3 - heap0) >> 20);

        List<String> leftovers = new ArrayList<>();
        for (String[] row : ForeignTestSetTest.rows("/testsets/foreign.tsv")) {
            leftovers.add(row[0]);
        }
        measure(desk, only, "sentences with leftovers (test set)", paragraphs(leftovers, 5), 5);
        Path kjv = Path.of("target/clean-english/kjv.txt");
        if (Files.isRegularFile(kjv)) {
            String text = Files.readString(kjv, StandardCharsets.UTF_8);
            measure(desk, only, "clean English (KJV, first 1 MB)", List.of(text.substring(0, 1_000_000).split("\n\n")), 1);
        }
    }

    private static List<String> paragraphs(List<String> sentences, int per) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i += per) {
            out.add(String.join(" ", sentences.subList(i, Math.min(sentences.size(), i + per))));
        }
        return out;
    }

    private static void measure(Copydesk desk, CleanOptions only, String what, List<String> docs, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long chars = 0;
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (String d : docs) {
                desk.clean(d, only);
                chars += d.length();
            }
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf("%s: %d KB in %.1f s wall, %.1f s CPU = %.0f KB/s per thread (CPU)%n",
                what, chars >> 10, wall, cpu, chars / 1024.0 / cpu);
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
