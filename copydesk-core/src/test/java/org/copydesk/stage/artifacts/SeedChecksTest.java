package org.copydesk.stage.artifacts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.copydesk.CleanOptions;
import org.copydesk.testing.SeedChecks;
import org.junit.jupiter.api.Test;

/**
 * The seed articles' acceptance checks (../shared/seeds/checks.tsv) of this
 * stage's classes and every "keep" check, scored as the seeds' check script
 * does: quotes, dashes and white space folded. Skipped where the seeds are
 * not on disk; their text is never copied into the project.
 */
class SeedChecksTest {
    private static final Set<String> CLASSES = Set.of("spinner", "casing", "falsefriend", "gender", "keep");

    @Test
    void seedChecksOfThisStagePass() {
        SeedChecks.Outcome o = SeedChecks.run(SeedChecks.inClasses(CLASSES), CleanOptions.defaults());
        System.out.println("seed checks (" + CLASSES + "): " + o.passed() + " passed, " + o.failed().size() + " failed");
        o.failed().forEach(f -> System.out.println("FAIL " + f));
        assertTrue(o.failed().isEmpty(), "failed seed checks: " + o.failed());
    }
}
