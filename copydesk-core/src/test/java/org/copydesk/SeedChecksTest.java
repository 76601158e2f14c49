package org.copydesk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.copydesk.testing.SeedChecks;
import org.junit.jupiter.api.Test;

/**
 * Every acceptance check of the seed articles (shared/seeds/checks.tsv), the
 * full default pipeline, scored as the seeds' check script scores it. Skipped
 * where the seeds are absent.
 */
class SeedChecksTest {
    /**
     * Check classes not asserted yet: they depend on work still being merged
     * (the foreign stage, pronoun gender). Drop a class from this set once its
     * fix is on main.
     */
    private static final Set<String> PENDING_CLASSES = Set.of();

    @Test
    void everySeedCheckPassesWithTheDefaultPipeline() {
        SeedChecks.Outcome o = SeedChecks.run(c -> !PENDING_CLASSES.contains(c.klass()), CleanOptions.defaults());
        o.byClass().forEach((k, v) -> System.out.printf("  %-12s %s%n", k, v));
        System.out.println("seed checks (all but " + PENDING_CLASSES + "): " + o.passed() + " passed, "
                + o.failed().size() + " failed");
        o.failed().forEach(f -> System.out.println("FAIL " + f));
        assertTrue(!o.checked().isEmpty(), "no checks read");
        assertTrue(o.failed().isEmpty(), "failed seed checks: " + o.failed());
    }
}
