package org.copydesk.stage.artifacts.spin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A word's synonyms come back in one order, run after run: the spin rule takes the first that fits (the
 * candidate collocation it reports, another sense the document writes), and extJWNL's own order of senses
 * varied between runs, so the same text got differently worded findings.
 */
class WordNetSynonymsTest {
    @Test
    void synonymsComeBackSortedWhateverOrderWordNetGivesTheSensesIn() {
        WordNetLexicon wn = WordNetLexicon.get();
        for (String word : List.of("former", "warm", "cutting", "common", "line")) {
            List<String> synonyms = new ArrayList<>(wn.synonyms(word, false));
            List<String> sorted = new ArrayList<>(synonyms);
            sorted.sort(null);
            assertTrue(synonyms.size() > 1, word + ": " + synonyms);
            assertEquals(sorted, synonyms, word);
        }
        assertTrue(wn.synonyms("former", false).contains("old"), "former ~ old");
        assertTrue(wn.synonyms("line", true).contains("course"), "line ~ course, as a noun");
    }
}
