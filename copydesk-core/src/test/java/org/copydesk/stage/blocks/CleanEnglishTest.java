package org.copydesk.stage.blocks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.testing.CleanEnglish;
import org.copydesk.testing.Stages;
import org.junit.jupiter.api.Test;

/**
 * "No damage": the blocks stage alone over the public-domain prose that
 * {@code scripts/clean-english.sh} writes to target/clean-english/, cut into
 * article-sized documents (so every document has a top and a tail for the
 * position rules). Prints every change and the rate per 100,000 words;
 * skips itself when the files are absent.
 */
class CleanEnglishTest {
    private static final double MAX_CHANGES_PER_100K_WORDS = 1.0;

    @Test
    void fewChangesOnCleanProse() {
        CleanEnglish.Measurement m = CleanEnglish.measure(Stages.only("blocks"), CleanEnglish.Cut.ARTICLES);
        m.changes().forEach(c -> System.out.println("  " + c.file() + " " + c.rule() + ": "
                + c.original().strip().replace("\n", " / ")));
        double rate = m.changesPer100kWords();
        System.out.printf("blocks on clean English: %d changes in %d words = %.2f per 100,000 words%n",
                m.changes().size(), m.words(), rate);
        assertTrue(rate <= MAX_CHANGES_PER_100K_WORDS, "too many changes on clean prose: " + rate);
    }
}
