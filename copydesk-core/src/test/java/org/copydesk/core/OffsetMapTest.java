package org.copydesk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * OffsetMap against a model that keeps, for each current character, the input
 * offset it was copied from (-1 once a change wrote it): every copied character
 * maps to exactly its input offset, through any number of batches.
 */
class OffsetMapTest {

    @Test
    void untouchedMapIsTheIdentity() {
        OffsetMap map = new OffsetMap(10);
        for (int c = 0; c <= 10; c++) {
            assertEquals(c, map.toOriginalStart(c));
            assertEquals(c, map.toOriginalEnd(c));
        }
        assertEquals(0, map.changedRanges().length);
    }

    @Test
    void replacementShiftsWhatFollowsAndMapsAsAWhole() {
        // "Putinand Xi" -> "Putin and Xi": [5,8) "and" becomes " and"
        OffsetMap map = new OffsetMap(11);
        OffsetMap.Located at = map.locate(5, 8);
        assertEquals(new OffsetMap.Located(5, 8, 5, 8), at);
        map.apply(List.of(new OffsetMap.Applied(at, 4)), 12);
        assertEquals(9, map.toOriginalStart(10), "the X of Xi moved one to the right");
        assertEquals(4, map.toOriginalStart(4));
        assertEquals(5, map.toOriginalStart(6), "inside the replacement: its input start");
        assertEquals(8, map.toOriginalEnd(7), "inside the replacement: its input end");
        assertEquals(1, map.changedRanges().length);
        assertEquals(5, map.changedRanges()[0][0]);
        assertEquals(9, map.changedRanges()[0][1]);
    }

    @Test
    void insertionAndDeletionAtTheEdges() {
        OffsetMap map = new OffsetMap(5);
        List<OffsetMap.Applied> batch = new ArrayList<>();
        batch.add(new OffsetMap.Applied(map.locate(0, 0), 2));
        batch.add(new OffsetMap.Applied(map.locate(4, 5), 0));
        map.apply(batch, 6);
        // "abcde" -> "XXabcd"
        assertEquals(0, map.toOriginalStart(2), "input 0 is now at 2");
        assertEquals(3, map.toOriginalStart(5));
        assertEquals(4, map.toOriginalEnd(6), "an end right before a deletion stays before it");
        assertEquals(new OffsetMap.Located(0, 0, 0, 2), map.locate(0, 2), "the insertion has an empty input span");
    }

    @Test
    void randomBatchesAgainstTheModel() {
        for (long seed = 1; seed <= 300; seed++) {
            Random rnd = new Random(seed);
            int length = rnd.nextInt(60);
            OffsetMap map = new OffsetMap(length);
            List<Integer> model = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                model.add(i);
            }
            int batches = 1 + rnd.nextInt(6);
            for (int b = 0; b < batches; b++) {
                List<int[]> spans = randomSpans(rnd, model.size());
                List<OffsetMap.Applied> applied = new ArrayList<>();
                List<int[]> located = new ArrayList<>();
                int newLength = model.size();
                for (int[] s : spans) {
                    OffsetMap.Located at = map.locate(s[0], s[1]);
                    int replacement = rnd.nextInt(4);
                    int grown = (s[0] - at.curStart()) + replacement + (at.curEnd() - s[1]);
                    applied.add(new OffsetMap.Applied(at, grown));
                    located.add(new int[] {at.curStart(), at.curEnd(), grown});
                    newLength += replacement - (s[1] - s[0]);
                }
                if (!overlapFree(located)) {
                    continue;
                }
                map.apply(applied, newLength);
                for (int k = located.size() - 1; k >= 0; k--) {
                    int[] l = located.get(k);
                    model.subList(l[0], l[1]).clear();
                    for (int i = 0; i < l[2]; i++) {
                        model.add(l[0], -1);
                    }
                }
                assertEquals(newLength, model.size(), "seed " + seed);
                check(map, model, length, "seed " + seed + " batch " + b);
            }
        }
    }

    private static void check(OffsetMap map, List<Integer> model, int inputLength, String label) {
        for (int c = 0; c < model.size(); c++) {
            int src = model.get(c);
            if (src >= 0) {
                assertEquals(src, map.toOriginalStart(c), label + ": start of current " + c);
                assertEquals(src + 1, map.toOriginalEnd(c + 1), label + ": end of current " + (c + 1));
                OffsetMap.Located one = map.locate(c, c + 1);
                assertEquals(src, one.origStart(), label);
                assertEquals(src + 1, one.origEnd(), label);
            } else {
                boolean inChanged = false;
                for (int[] range : map.changedRanges()) {
                    inChanged |= range[0] <= c && c < range[1];
                }
                assertTrue(inChanged, label + ": written character " + c + " outside every changed range");
            }
        }
        for (int c = 0; c <= model.size(); c++) {
            int o = map.toOriginalStart(c);
            assertTrue(o >= 0 && o <= inputLength, label);
        }
    }

    /** Sorted, non-overlapping spans of a text of the given length (empty spans allowed). */
    private static List<int[]> randomSpans(Random rnd, int length) {
        List<int[]> spans = new ArrayList<>();
        int pos = 0;
        while (pos <= length && spans.size() < 4) {
            int start = pos + rnd.nextInt(Math.max(1, Math.min(8, length - pos + 1)));
            if (start > length) {
                break;
            }
            int end = Math.min(length, start + rnd.nextInt(4));
            spans.add(new int[] {start, end});
            pos = end + 1;
        }
        return spans;
    }

    /** The located (widened) spans must still be apart, as Draft ensures for the spans it keeps. */
    private static boolean overlapFree(List<int[]> located) {
        for (int k = 1; k < located.size(); k++) {
            if (located.get(k)[0] < located.get(k - 1)[1] || located.get(k)[0] == located.get(k - 1)[1]) {
                return false;
            }
        }
        return true;
    }
}
