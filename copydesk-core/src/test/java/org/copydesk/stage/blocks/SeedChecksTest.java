package org.copydesk.stage.blocks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.copydesk.CleanOptions;
import org.copydesk.testing.SeedChecks;
import org.junit.jupiter.api.Test;

/**
 * The seed checks of the families this stage owns (boilerplate, duplicate)
 * and every "keep" check, scored on the shared seed articles as the seeds'
 * own check script scores them. The seeds are read in place, never copied;
 * the test skips itself where they are absent.
 */
class SeedChecksTest {
    private static final Set<String> CLASSES = Set.of("boilerplate", "duplicate", "keep");

    @Test
    void seedChecksOfThisStagePass() {
        SeedChecks.Outcome o = SeedChecks.run(SeedChecks.inClasses(CLASSES), CleanOptions.defaults());
        System.out.println("blocks seed checks: " + o.passed() + " passed, " + o.failed().size() + " failed");
        o.failed().forEach(f -> System.out.println("FAIL " + f));
        assertTrue(o.failed().isEmpty(), "failed seed checks: " + o.failed());
    }
}
