package org.copydesk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Counts the cases of a measured test set that came out right, and describes the others. */
public final class Tally {
    private int passed;
    private final List<String> failures = new ArrayList<>();

    /** Counts one case; a failed one is described for the report. Returns {@code ok}. */
    public boolean count(boolean ok, Supplier<String> describeFailure) {
        if (ok) {
            passed++;
        } else {
            failures.add(describeFailure.get());
        }
        return ok;
    }

    public int total() {
        return passed + failures.size();
    }

    public int passed() {
        return passed;
    }

    public List<String> failures() {
        return failures;
    }

    /** Share of cases right, 0..1 (NaN for none, which no bar accepts). */
    public double rate() {
        return (double) passed / total();
    }

    /** Share of cases right in percent, computed as 100 * passed / total. */
    public double percent() {
        return 100.0 * passed / total();
    }
}
