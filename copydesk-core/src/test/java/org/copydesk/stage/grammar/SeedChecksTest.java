package org.copydesk.stage.grammar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.copydesk.CleanOptions;
import org.copydesk.CleanOptions.GrammarMode;
import org.copydesk.testing.SeedChecks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The seed articles' acceptance checks of class {@code grammar} and
 * {@code keep} (shared/seeds/checks.tsv, read in place, never copied),
 * folded as the seeds' check script folds them. Skipped where the seeds are
 * absent.
 */
class SeedChecksTest {
    private static final Set<String> CLASSES = Set.of("grammar", "keep");

    @ParameterizedTest
    @EnumSource(value = GrammarMode.class, names = {"FAST", "CHANGED", "FULL"})
    void grammarAndKeepChecksPass(GrammarMode mode) {
        SeedChecks.Outcome o = SeedChecks.run(SeedChecks.inClasses(CLASSES), CleanOptions.defaults().withGrammar(mode));
        System.out.println("seed grammar+keep checks (" + mode + "): " + o.passed() + "/" + o.checked().size() + " passed");
        assertTrue(o.failed().isEmpty(), "failed: " + o.failed());
    }
}
