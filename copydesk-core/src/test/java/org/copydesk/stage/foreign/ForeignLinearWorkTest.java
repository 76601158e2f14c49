package org.copydesk.stage.foreign;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.Copydesk;
import org.copydesk.testing.Stages;
import org.junit.jupiter.api.Test;

/**
 * The foreign stage's work on a hostile token, counted in English look-ups (a work unit, not a time): the
 * one-letter-typo check once split a lower-case "word" at every place and looked both halves up, so a 1 MB
 * word ("aaaa…") ran for minutes. A token longer than any English word is now not examined at all.
 */
class ForeignLinearWorkTest {
    private static final Copydesk DESK = Copydesk.builder().options(Stages.only("foreign")).build();

    @Test
    void aGiantWordCostsNoMoreLookupsThanAShortSentence() {
        String sentence = "The council approved the budget on Tuesday after a long debate.";
        long plain = lookups(sentence);
        long giant = lookups(sentence + " " + "a".repeat(8_000) + ".");
        assertTrue(plain > 0, "the stage must consult the English lexicon about the sentence's words");
        assertTrue(giant <= plain + 20, "an 8,000-letter token cost " + (giant - plain) + " extra look-ups");
    }

    private static long lookups(String text) {
        ForeignModel model = ForeignModel.of(DESK.resources(), DESK.options().languages());
        long before = model.englishLookups();
        DESK.clean(text);
        return model.englishLookups() - before;
    }
}
