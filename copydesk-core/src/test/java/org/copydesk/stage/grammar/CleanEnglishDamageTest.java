package org.copydesk.stage.grammar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.testing.CleanEnglish;
import org.copydesk.testing.Stages;
import org.junit.jupiter.api.Test;

/**
 * "No damage": the grammar stage alone, default options, over the public-domain
 * prose that scripts/clean-english.sh writes to target/clean-english/. Prints
 * changes per 100,000 words and what changed; skipped when the files are absent.
 */
class CleanEnglishDamageTest {
    /** Old prose is not news copy: archaic "a" before "h" words is where the a/an rule is expected to act. */
    private static final double MAX_PER_100K_WORDS = 5.0;

    @Test
    void grammarStageBarelyTouchesCleanEnglish() {
        CleanEnglish.Measurement m = CleanEnglish.measure(Stages.only("grammar"), CleanEnglish.Cut.PARAGRAPHS);
        StringBuilder samples = new StringBuilder();
        for (CleanEnglish.Change c : m.changes()) {
            if (samples.length() < 6000) {
                samples.append("  ").append(c.rule()).append(": …").append(c.window(30).replace("\n", " "))
                        .append("… → ").append(c.replacement()).append('\n');
            }
        }
        double rate = m.changesPer100kWords();
        System.out.printf("grammar on clean English: %d words, %d edits, %.2f per 100k words, by rule %s%n%s",
                m.words(), m.changes().size(), rate, m.changesByRule(), samples);
        assertTrue(rate <= MAX_PER_100K_WORDS, "too many changes to clean English: " + rate);
    }
}
