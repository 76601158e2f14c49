package org.copydesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.copydesk.CleanOptions;
import org.junit.jupiter.api.Test;

/** The benchmark on a tiny input: the report has every field; no timing is asserted. */
class BenchTest {
    @Test
    void reportHasEveryFigure() {
        List<String> docs = List.of("The two power are close allies, as reported Reuters.",
                "Officials of three country met in Geneva on Monday.");
        BenchReport r = new Bench(CleanOptions.defaults(), 0.05, false, null).run(docs, 2);
        assertEquals(2, r.documents());
        assertEquals(2, r.threads());
        assertTrue(r.stageKbPerSecond().containsKey("grammar"), "stages: " + r.stageKbPerSecond().keySet());
        assertTrue(r.pipelineKbPerSecond() > 0 && r.allThreadsKbPerSecond() > 0 && r.pipelineDocsPerSecond() > 0);
        assertTrue(r.peakHeapMegabytes() > 0);
        // the warm-up ran at least its three rounds, and stopped by its cap (20 windows of 0.05 s) if not settled
        BenchReport.JitActivity jit = r.jit();
        assertTrue(jit.warmUpSeconds() > 0 && jit.warmUpSeconds() < 60, "warm-up " + jit.warmUpSeconds() + " s");
        assertTrue(jit.lastWarmUpWindow() < Bench.JIT_SETTLED_SHARE || jit.warmUpSeconds() >= 1.0,
                "an unsettled warm-up runs to its cap: " + jit);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        r.print(new PrintStream(buf, true, StandardCharsets.UTF_8));
        String printed = buf.toString(StandardCharsets.UTF_8);
        for (String label : List.of("per stage", "pipeline, 1 thread", "pipeline, 2 threads", "warm-up", "peak heap",
                "grammar")) {
            assertTrue(printed.contains(label), "missing '" + label + "' in:\n" + printed);
        }
    }
}
