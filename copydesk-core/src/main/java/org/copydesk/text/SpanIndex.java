package org.copydesk.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Spans sorted by start with the running maximum of their ends, so that "does any span overlap
 * [from, to)" is a binary search rather than a scan of every span: asked once per sentence or per
 * word pair of a long document, the scan was quadratic. Immutable.
 */
public final class SpanIndex {
    private final int[] starts;
    private final int[] maxEndSoFar;

    private SpanIndex(int[] starts, int[] maxEndSoFar) {
        this.starts = starts;
        this.maxEndSoFar = maxEndSoFar;
    }

    /** Indexes the spans, each read through {@code start} and {@code end}. */
    public static <T> SpanIndex of(Collection<T> spans, ToIntFunction<T> start, ToIntFunction<T> end) {
        List<T> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(start));
        int[] starts = new int[sorted.size()];
        int[] maxEnds = new int[sorted.size()];
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < starts.length; i++) {
            starts[i] = start.applyAsInt(sorted.get(i));
            max = Math.max(max, end.applyAsInt(sorted.get(i)));
            maxEnds[i] = max;
        }
        return new SpanIndex(starts, maxEnds);
    }

    public boolean isEmpty() {
        return starts.length == 0;
    }

    /** True when some span has start &lt; {@code to} and end &gt; {@code from}. */
    public boolean overlaps(int from, int to) {
        int lo = 0;
        int hi = starts.length; // first index with start >= to
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < to) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && maxEndSoFar[lo - 1] > from;
    }
}
