package org.copydesk.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.copydesk.Copydesk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Used heap after a full GC, measured while a batch of 10,000 generated files
 * runs: after the 1,000th file and after the 10,000th. A batch that kept
 * results, manifest lines or texts would grow by tens of megabytes between
 * the two; a flat one stays within noise.
 */
class BatchMemoryTest {
    private static final int FILES = 10_000;
    private static final long ALLOWED_GROWTH = 8L << 20;
    /**
     * The runner must hold nothing per file. LanguageTool's sentence cache is
     * bounded but fills over thousands of files, which would hide a leak here,
     * so the grammar stage is left out; its cache size is documented.
     */
    private static final org.copydesk.CleanOptions WITHOUT_CACHES =
            org.copydesk.CleanOptions.defaults().withDisabledStages(java.util.Set.of("grammar"));

    @TempDir
    Path tmp;

    @Test
    void usedHeapStaysFlatOverTenThousandFiles() throws Exception {
        Path in = tmp.resolve("in");
        long bytes = SyntheticTree.write(in, FILES, 5);
        BatchConfig config = new BatchConfig(in, tmp.resolve("out"), 2, false, null, Progress.Mode.OFF,
                Duration.ofSeconds(10), "memory-test\n");
        long[] heap = new long[2];
        AtomicInteger done = new AtomicInteger();
        BatchRunner runner = new BatchRunner(Copydesk.builder().options(WITHOUT_CACHES).build(), config, new PrintStream(OutputStream.nullOutputStream()))
                .listener((path, ok) -> {
                    int n = done.incrementAndGet();
                    if (n == 1_000) {
                        heap[0] = usedAfterGc();
                    } else if (n == FILES) {
                        heap[1] = usedAfterGc();
                    }
                });

        BatchStats stats = runner.run();

        assertEquals(FILES, stats.cleaned());
        System.out.printf("BatchMemoryTest: %d files, %.1f MB; used heap after GC: %.1f MB at 1,000 files, %.1f MB at"
                + " 10,000 files (growth %.2f MB)%n", FILES, bytes / 1e6, heap[0] / 1048576.0, heap[1] / 1048576.0,
                (heap[1] - heap[0]) / 1048576.0);
        assertTrue(heap[0] > 0 && heap[1] > 0);
        assertTrue(heap[1] - heap[0] < ALLOWED_GROWTH, "heap grew by " + (heap[1] - heap[0]) + " bytes");
    }

    /** Several GCs, lowest reading: one System.gc() can leave floating garbage. */
    private static synchronized long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            best = Math.min(best, rt.totalMemory() - rt.freeMemory());
        }
        return best;
    }
}
