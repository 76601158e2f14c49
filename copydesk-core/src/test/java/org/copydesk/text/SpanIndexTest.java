package org.copydesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpanIndexTest {
    private static SpanIndex index(List<int[]> spans) {
        return SpanIndex.of(spans, s -> s[0], s -> s[1]);
    }

    @Test
    void touchingIsNotOverlapping() {
        SpanIndex idx = index(List.of(new int[] {10, 20}));
        assertFalse(idx.overlaps(0, 10), "ends where the span starts");
        assertFalse(idx.overlaps(20, 30), "starts where the span ends");
        assertTrue(idx.overlaps(19, 30));
        assertTrue(idx.overlaps(0, 11));
        assertTrue(idx.overlaps(12, 13), "inside");
    }

    @Test
    void aLongEarlySpanIsFoundPastShorterLaterOnes() {
        SpanIndex idx = index(List.of(new int[] {30, 32}, new int[] {0, 100}, new int[] {40, 41}));
        assertTrue(idx.overlaps(60, 70));
        assertTrue(index(List.<int[]>of()).isEmpty());
        assertFalse(index(List.<int[]>of()).overlaps(0, 1000));
    }

    @Test
    void agreesWithAScanOnRandomSpans() {
        Random r = new Random(7);
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int s = r.nextInt(1000);
            spans.add(new int[] {s, s + r.nextInt(40)});
        }
        SpanIndex idx = index(spans);
        for (int i = 0; i < 2000; i++) {
            int from = r.nextInt(1100);
            int to = from + r.nextInt(30);
            boolean scan = spans.stream().anyMatch(s -> s[0] < to && s[1] > from);
            assertEquals(scan, idx.overlaps(from, to), from + ".." + to);
        }
    }
}
