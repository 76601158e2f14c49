package org.copydesk.stage.artifacts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.copydesk.testing.CleanEnglish;
import org.copydesk.testing.Stages;
import org.junit.jupiter.api.Test;

/**
 * The stage alone over modern third-party English (scripts/modern-english.sh:
 * speeches in a government's house style, technical documentation with code,
 * quotations, verse and fiction dialogue). None of it is a translation or a
 * spinner's: the stage must change nothing there. Findings are allowed (they
 * change nothing) but printed per rule, so their noise stays in sight.
 * Skipped when the corpus has not been generated.
 */
class ModernEnglishArtifactsTest {
    @Test
    void changesNothingInModernEnglish() {
        CleanEnglish.Measurement m = CleanEnglish.measure(CleanEnglish.files(CleanEnglish.MODERN_DIR),
                Stages.only(ArtifactsStage.ID), CleanEnglish.Cut.ARTICLES, UnaryOperator.identity());
        Map<String, Integer> findings = new TreeMap<>();
        m.findings().forEach(f -> findings.merge(f.rule(), 1, Integer::sum));
        System.out.printf("modern English, artifacts alone: %d words, %d changes, findings %s%n", m.words(),
                m.changes().size(), findings);
        m.changes().forEach(c -> System.out.println("  CHANGE " + c.file() + ": " + c.rule() + " [" + c.marked(50)
                + "] -> " + c.replacement()));
        m.findings().forEach(f -> System.out.println("  FINDING " + f.file() + ": " + f.rule() + " ["
                + f.marked(50).replace('\n', ' ') + "] ? " + f.replacement()));
        assertTrue(m.changes().isEmpty(), "the artifacts stage changed modern English: " + m.changesByRule());
    }
}
