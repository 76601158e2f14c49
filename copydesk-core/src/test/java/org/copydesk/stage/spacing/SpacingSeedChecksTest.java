package org.copydesk.stage.spacing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.copydesk.CleanOptions;
import org.copydesk.testing.SeedChecks;
import org.junit.jupiter.api.Test;

/**
 * The seed articles' acceptance checks of the classes this stage answers
 * for (glued, punctuation) and every keep check, evaluated like
 * {@code shared/seeds/check} does (quotes, dashes and whitespace folded).
 * The seeds live outside the repository ({@code -Dcopydesk.seeds=DIR}, or
 * {@code ../shared/seeds} next to the checkout); the test skips without
 * them. Punctuation checks that belong to other stages are listed in
 * {@link #OTHER_STAGES}.
 */
class SpacingSeedChecksTest {
    private static final Set<String> CLASSES = Set.of("glued", "punctuation", "keep");
    /** Checks whose text another stage must repair first (none today). */
    private static final Set<String> OTHER_STAGES = Set.of();

    @Test
    void seedChecksOfGluedPunctuationAndKeepPass() {
        SeedChecks.Outcome o = SeedChecks.run(
                SeedChecks.inClasses(CLASSES).and(c -> !OTHER_STAGES.contains(c.text())), CleanOptions.defaults());
        System.out.println("seed checks (glued, punctuation, keep): " + o.passed() + "/" + o.checked().size() + " pass");
        o.failed().forEach(f -> System.out.println("  FAIL " + f));
        assertTrue(!o.checked().isEmpty(), "no checks read");
        assertTrue(o.failed().isEmpty(), "failed seed checks: " + o.failed());
    }
}
