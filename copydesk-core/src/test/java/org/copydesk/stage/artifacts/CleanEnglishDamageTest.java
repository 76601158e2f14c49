package org.copydesk.stage.artifacts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.testing.CleanEnglish;
import org.copydesk.testing.Stages;
import org.junit.jupiter.api.Test;

/**
 * "No damage": the stage alone over the public-domain prose that
 * scripts/clean-english.sh writes to target/clean-english (KJV Bible, The
 * Devil's Dictionary), cut into documents of about news-article size. At most
 * one change per 100,000 words; every change and the finding count are printed.
 * Skipped when the files have not been generated.
 */
class CleanEnglishDamageTest {
    @Test
    void atMostOneChangePer100kWords() {
        CleanEnglish.Measurement m = CleanEnglish.measure(Stages.only(ArtifactsStage.ID), CleanEnglish.Cut.ARTICLES);
        System.out.printf("clean English: %d words, %d changes (%.2f per 100k words), %d findings, %.0f KB/s%n",
                m.words(), m.changes().size(), m.changesPer100kWords(), m.findings().size(), m.kilobytesPerSecond());
        m.changes().forEach(c -> System.out.println("  CHANGE " + c.file() + ": " + c.rule() + " [" + c.marked(40)
                + "] -> " + c.replacement()));
        m.findings().forEach(f -> System.out.println("  FINDING " + f.file() + ": " + f.rule() + " [" + f.marked(40)
                + "] ? " + f.replacement()));
        assertTrue(m.words() > 100_000, "too little text to measure: " + m.words() + " words");
        assertTrue(m.changesPer100kWords() <= 1.0, "too many changes on clean English: " + m.changes());
    }
}
