package org.copydesk.stage.blocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The read-more tail's patterns run only on a text holding a part of every cue: each cue, in the cases the
 * patterns accept, must still be found, and a text without one is answered without them.
 */
class ReadMoreTailTest {
    private static final String PARAGRAPH = "The council voted on the budget for the new schools on Monday.";

    @Test
    void everyCueIsStillFound() {
        for (String tail : List.of(" Read more", " Continue reading", " Keep reading", " Read the full story",
                " Read full article", " READ MORE", " CONTINUE READING", "… continue READING", "... ReAd MoRe",
                " […] Read the full post »")) {
            String text = PARAGRAPH + tail + "\n\nNext paragraph of the story.";
            List<ReadMoreTail.Tail> found = ReadMoreTail.find(text);
            assertEquals(1, found.size(), tail);
            assertTrue(ReadMoreTail.containsIgnoringAsciiCase(text, ReadMoreTail.CUE_STEMS), tail);
        }
    }

    @Test
    void aTextWithoutACueStemIsAnsweredWithoutThePatterns() {
        String text = PARAGRAPH + " They had already read the report and spread it.";
        assertFalse(ReadMoreTail.containsIgnoringAsciiCase(text, ReadMoreTail.CUE_STEMS));
        assertTrue(ReadMoreTail.find(text).isEmpty());
    }
}
