package org.copydesk.stage.foreign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EnglishWordsTest {
    private static final EnglishWords WORDS = EnglishWords.load();

    @Test
    void findsAllFiveDictionaries() {
        assertEquals(5, WORDS.dictionaryCount());
    }

    @Test
    void knowsSpellingsOfEveryVariantAndTaggerForms() {
        for (String w : new String[] {"centre", "sombre", "colour", "organise", "neighbours", "ran", "children", "Wednesday"}) {
            assertTrue(WORDS.contains(w), w);
        }
    }

    @Test
    void aWordIsAWholeFormNotAPrefixOfOne() {
        assertFalse(WORDS.contains("centr"), "a prefix of centre");
        assertFalse(WORDS.contains("childre"), "a prefix of children");
        assertFalse(WORDS.contains(""));
    }

    @Test
    void leftoversAreNotEnglish() {
        for (String w : new String[] {"líder", "também", "aujourd'hui", "gestern", "pressione"}) {
            assertFalse(WORDS.contains(w), w);
        }
    }
}
