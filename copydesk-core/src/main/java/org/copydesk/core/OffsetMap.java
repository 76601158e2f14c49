package org.copydesk.core;

import java.util.Arrays;
import java.util.List;

/**
 * Maps offsets of the current text back to the input, after any number of
 * replacement batches. Like Lucene's {@code BaseCharFilter} it keeps sorted
 * arrays searched by binary search, but as segments: an exact segment was
 * copied from the input (same length, linear mapping); a replaced segment
 * maps as a whole, so any offset inside it widens to the segment's input span.
 */
final class OffsetMap {
    private int[] curStart;
    private int[] origStart;
    private boolean[] exact;
    private int size;
    private int curLength;
    private final int origLength;

    OffsetMap(int length) {
        this.origLength = length;
        this.curLength = length;
        this.curStart = new int[] {0};
        this.origStart = new int[] {0};
        this.exact = new boolean[] {true};
        this.size = 1;
    }

    /** A change located in both coordinate systems, widened to whole replaced segments. */
    record Located(int origStart, int origEnd, int curStart, int curEnd) {
    }

    int curLength() {
        return curLength;
    }

    private int curStartOf(int i) {
        return i < size ? curStart[i] : curLength;
    }

    private int origStartOf(int i) {
        return i < size ? origStart[i] : origLength;
    }

    /** Largest segment index whose current start is at or before {@code c}. */
    private int segmentAtOrBefore(int c) {
        int lo = 0;
        int hi = size - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (curStart[mid] <= c) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Smallest segment index whose current end is at or after {@code c}. */
    private int segmentEndingAtOrAfter(int c) {
        int lo = 0;
        int hi = size - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (curStartOf(mid + 1) >= c) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Input offset of a start position in the current text. */
    int toOriginalStart(int c) {
        return locateStart(c)[0];
    }

    /** Input offset of an end position in the current text. */
    int toOriginalEnd(int c) {
        return locateEnd(c)[0];
    }

    private int[] locateStart(int c) {
        int i = segmentAtOrBefore(c);
        if (exact[i]) {
            return new int[] {origStart[i] + Math.min(c - curStart[i], origStartOf(i + 1) - origStart[i]), c};
        }
        return new int[] {origStart[i], curStart[i]};
    }

    private int[] locateEnd(int c) {
        int i = segmentEndingAtOrAfter(c);
        if (exact[i]) {
            return new int[] {origStart[i] + (c - curStart[i]), c};
        }
        if (c == curStart[i]) {
            return new int[] {origStart[i], c};
        }
        return new int[] {origStartOf(i + 1), curStartOf(i + 1)};
    }

    Located locate(int start, int end) {
        int[] s = locateStart(start);
        int[] e;
        if (start == end && s[1] == start) {
            e = new int[] {s[0], start};
            int i = segmentAtOrBefore(start);
            if (!exact[i] && curStart[i] < start) {
                e = new int[] {origStartOf(i + 1), curStartOf(i + 1)};
            }
        } else {
            e = locateEnd(end);
        }
        if (e[0] < s[0]) {
            e = new int[] {s[0], Math.max(e[1], s[1])};
        }
        return new Located(s[0], e[0], s[1], Math.max(e[1], s[1]));
    }

    /** Ranges of the current text that no longer match the input, as [start, end) pairs. */
    int[][] changedRanges() {
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (!exact[i]) {
                count++;
            }
        }
        int[][] out = new int[count][];
        int k = 0;
        for (int i = 0; i < size; i++) {
            if (!exact[i]) {
                out[k++] = new int[] {curStart[i], curStartOf(i + 1)};
            }
        }
        return out;
    }

    /** One change of a batch: current span, located spans, and the length it will have. */
    record Applied(Located where, int newLength) {
    }

    /**
     * Applies a batch of changes given in current coordinates, sorted and not
     * overlapping, each already located. Changes that widen into the same
     * replaced segment are merged into one segment.
     */
    void apply(List<Applied> changes, int newCurLength) {
        Builder b = new Builder(size + 2 * changes.size() + 2);
        int prevOrig = 0;
        int prevCur = 0;
        int i = 0;
        while (i < changes.size()) {
            Located first = changes.get(i).where();
            int os = first.origStart();
            int oe = first.origEnd();
            int cs = first.curStart();
            int ce = first.curEnd();
            int newLen = changes.get(i).newLength();
            int j = i + 1;
            while (j < changes.size() && (changes.get(j).where().curStart() < ce
                    || changes.get(j).where().origStart() < oe)) {
                Located next = changes.get(j).where();
                // the gap between the two changes is absorbed into the merged segment
                newLen += (next.curStart() - ce) + changes.get(j).newLength();
                oe = Math.max(oe, next.origEnd());
                ce = Math.max(ce, next.curEnd());
                j++;
            }
            copySlice(b, prevCur, cs, prevOrig, os);
            b.addReplaced(os, oe, newLen);
            prevOrig = oe;
            prevCur = ce;
            i = j;
        }
        copySlice(b, prevCur, curLength, prevOrig, origLength);
        if (b.origEnd != origLength || b.curEnd != newCurLength) {
            throw new IllegalStateException("offset map lost continuity: orig " + b.origEnd + "/" + origLength
                    + ", cur " + b.curEnd + "/" + newCurLength);
        }
        curStart = b.curStart;
        origStart = b.origStart;
        exact = b.exact;
        size = b.size;
        curLength = newCurLength;
        if (size == 0) {
            curStart = new int[] {0};
            origStart = new int[] {0};
            exact = new boolean[] {true};
            size = 1;
        }
    }

    /** Copies the old mapping of current [c0, c1) and input [o0, o1) into the builder. */
    private void copySlice(Builder b, int c0, int c1, int o0, int o1) {
        if (c0 > c1 || o0 > o1) {
            throw new IllegalStateException("bad slice " + c0 + ".." + c1 + " / " + o0 + ".." + o1);
        }
        int i = segmentAtOrBefore(c0);
        while (i > 0 && curStart[i - 1] == c0) {
            i--;
        }
        for (; i < size; i++) {
            int cs = curStart[i];
            int ceSeg = curStartOf(i + 1);
            int os = origStart[i];
            int oeSeg = origStartOf(i + 1);
            if (cs > c1) {
                break;
            }
            if (exact[i]) {
                int from = Math.max(cs, c0);
                int to = Math.min(ceSeg, c1);
                if (to > from) {
                    b.addExact(os + (from - cs), to - from);
                }
            } else if (os >= o0 && oeSeg <= o1 && cs >= c0 && ceSeg <= c1) {
                if (oeSeg > os || ceSeg > cs) {
                    b.addReplaced(os, oeSeg, ceSeg - cs);
                }
            }
        }
    }

    /** Accumulates segments, merging neighbours of the same kind. */
    private final class Builder {
        int[] curStart;
        int[] origStart;
        boolean[] exact;
        int size;
        int curEnd;
        int origEnd;

        Builder(int capacity) {
            curStart = new int[capacity];
            origStart = new int[capacity];
            exact = new boolean[capacity];
        }

        void addExact(int orig, int curLen) {
            addSegment(true, orig, orig + curLen, curLen);
        }

        void addReplaced(int orig, int origEndValue, int curLen) {
            addSegment(false, orig, origEndValue, curLen);
        }

        private void addSegment(boolean isExact, int orig, int origEndValue, int curLen) {
            if (orig != origEnd) {
                throw new IllegalStateException("offset map gap at input " + origEnd + " vs " + orig);
            }
            if (curLen == 0 && origEndValue == orig) {
                return;
            }
            if (size > 0 && exact[size - 1] == isExact) {
                curEnd += curLen;
                origEnd = origEndValue;
                return;
            }
            if (size == curStart.length) {
                curStart = Arrays.copyOf(curStart, size * 2 + 4);
                origStart = Arrays.copyOf(origStart, size * 2 + 4);
                exact = Arrays.copyOf(exact, size * 2 + 4);
            }
            curStart[size] = curEnd;
            origStart[size] = orig;
            exact[size] = isExact;
            size++;
            curEnd += curLen;
            origEnd = origEndValue;
        }
    }
}
