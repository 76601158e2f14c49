package org.copydesk.stage.encoding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.testing.CleanEnglish;
import org.copydesk.testing.Stages;
import org.junit.jupiter.api.Test;

/**
 * "No damage": the encoding and unicode stages on ~4.5 MB of clean public
 * domain English (scripts/clean-english.sh), with curly quotes, dashes and
 * accented names added the way news copy has them. Prints changes per
 * 100,000 words; skips itself when the files are absent.
 */
class CleanEnglishNoDamageTest {
    @Test
    void cleanEnglishStaysClean() {
        CleanEnglish.Measurement m = CleanEnglish.measure(Stages.only("encoding", "unicode"),
                CleanEnglish.Cut.PARAGRAPHS, CleanEnglishNoDamageTest::newsTypography);
        m.changes().stream().limit(10).forEach(c -> System.out.println("EDIT " + c));
        double per100k = m.changesPer100kWords();
        System.out.printf("clean English: %d words, %d edits = %.2f per 100k words %s%n", m.words(),
                m.changes().size(), per100k, m.changesByRule());
        assertTrue(per100k < 1.0, "too many changes to clean English: " + m.changesByRule());
    }

    private static String newsTypography(String text) {
        return text.replace("'s ", "\u2019s ").replace(" - ", " \u2013 ").replace("\"", "\u201c");
    }
}
