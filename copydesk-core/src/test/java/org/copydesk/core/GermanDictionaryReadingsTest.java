package org.copydesk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedToken;
import org.languagetool.tagging.Tagger;

/** German read from the dictionary, with noun compounds split here (see {@link GermanDictionaryReadings}). */
class GermanDictionaryReadingsTest {
    private static final Tagger GERMAN = LtLanguages.forCode("de").getTagger();

    private static Set<String> lemmas(String word) {
        Set<String> out = new TreeSet<>();
        for (AnalyzedToken t : LtLanguages.readings(GERMAN, word)) {
            out.add(t.getLemma() + "/" + t.getPOSTag().substring(0, 3));
        }
        return out;
    }

    @Test
    void dictionaryWordsKeepTheirLemmaAndPartOfSpeech() {
        assertTrue(lemmas("Häuser").contains("Haus/SUB"), lemmas("Häuser").toString());
        assertTrue(lemmas("sagte").contains("sagen/VER"), lemmas("sagte").toString());
        // a sentence's first word, and a headline in capitals
        assertTrue(lemmas("Sagte").contains("sagen/VER"), lemmas("Sagte").toString());
        assertTrue(lemmas("SAGTE").contains("sagen/VER"), lemmas("SAGTE").toString());
    }

    @Test
    void compoundsOfTwoDictionaryWordsAreNounsWithTheCompoundsLemma() {
        assertEquals(Set.of("Wahlkampf/SUB"), lemmas("Wahlkampf"));
        // linking elements: -s-, -en-
        assertEquals(Set.of("Regierungschef/SUB"), lemmas("Regierungschef"));
        assertTrue(lemmas("Menschenrechte").contains("Menschenrecht/SUB"), lemmas("Menschenrechte").toString());
    }

    @Test
    void englishWordsAndNamesAreNotSplitIntoGerman() {
        // short parts ("Ion", "Ton"), names as modifiers ("Mary", "Williams"), lower case and mixed case
        for (String word : List.of("Abortion", "Denton", "Maryland", "Williamsburg", "United", "violent",
                "external", "Thursday", "Livingstone")) {
            assertEquals(Set.of(), lemmas(word), word);
        }
    }
}
