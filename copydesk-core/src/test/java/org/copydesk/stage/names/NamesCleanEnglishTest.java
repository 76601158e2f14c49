package org.copydesk.stage.names;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.copydesk.testing.CleanEnglish;
import org.copydesk.testing.Stages;
import org.junit.jupiter.api.Test;

/**
 * "No damage" on clean English (target/clean-english from scripts/clean-english.sh):
 * the names stage alone, changes per 100,000 words, and what they were.
 */
class NamesCleanEnglishTest {
    @Test
    void fewChangesOnCleanEnglish() {
        CleanEnglish.Measurement m = CleanEnglish.measure(Stages.only("names"), CleanEnglish.Cut.PARAGRAPHS);
        Map<String, Integer> what = new TreeMap<>();
        m.changes().forEach(c -> what.merge(c.rule() + ": " + c.original() + " -> " + c.replacement(), 1, Integer::sum));
        double per100k = m.changesPer100kWords();
        System.out.printf("names stage on clean English: %d words, %d edits, %.2f per 100,000 words%n",
                m.words(), m.changes().size(), per100k);
        what.forEach((k, v) -> System.out.println("  " + v + "x " + k));
        assertTrue(per100k < 1.0, "too many changes on clean English: " + per100k);
    }
}
