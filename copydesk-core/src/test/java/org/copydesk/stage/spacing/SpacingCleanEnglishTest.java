package org.copydesk.stage.spacing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.testing.CleanEnglish;
import org.copydesk.testing.Stages;
import org.junit.jupiter.api.Test;

/**
 * "No damage": on the public-domain prose that {@code scripts/clean-english.sh}
 * writes to {@code target/clean-english/} (KJV Bible, The Devil's Dictionary),
 * the spacing stage may change at most one thing per 100,000 words. Prints
 * the figure and every change. Skips when the files have not been generated.
 */
class SpacingCleanEnglishTest {
    @Test
    void atMostOneChangePerHundredThousandWords() {
        CleanEnglish.Measurement m = CleanEnglish.measure(Stages.only("spacing"), CleanEnglish.Cut.WHOLE_FILE);
        m.changes().forEach(c -> System.out.printf("  %s %s: [%s] -> [%s] in \"%s\"%n", c.file(), c.rule(),
                c.original().replace("\n", "\\n"), c.replacement().replace("\n", "\\n"),
                c.window(30).replace("\n", "\\n")));
        double per100k = m.changesPer100kWords();
        System.out.printf("clean English: %d words, %d changes, %.2f per 100,000 words%n",
                m.words(), m.changes().size(), per100k);
        assertTrue(per100k <= 1.0, "too many changes on clean English: " + per100k + " per 100,000 words");
    }
}
