package org.copydesk.stage.artifacts;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.dict.Dictionaries;
import org.copydesk.lexicon.EnglishLexicon;
import org.junit.jupiter.api.Test;

/** The data files hold together: word classes exist, substring spins are non-words, every row parses. */
class ArtifactDataTest {
    private static final Dictionaries DICTS = Dictionaries.bundled();

    @Test
    void everyTableLoads() {
        assertDoesNotThrow(() -> PhraseTable.load(DICTS, ArtifactData.PHRASE_FILES));
        assertDoesNotThrow(() -> VerbObjectRule.load(DICTS));
        assertDoesNotThrow(() -> CasingRules.load(DICTS));
    }

    @Test
    void everyWordClassReferencedExists() {
        WordSets sets = WordSets.load(DICTS);
        Pattern ref = Pattern.compile("@([a-z_]+)");
        List<String> files = new ArrayList<>(ArtifactData.PHRASE_FILES);
        files.add("artifacts/false-friend-verbs.tsv");
        for (String file : files) {
            for (Dictionaries.Row row : DICTS.table(file)) {
                Matcher m = ref.matcher(String.join("\t", row.cells()));
                while (m.find()) {
                    String name = m.group(1);
                    if (!List.of("cap", "lower", "num", "year", "none").contains(name)) {
                        assertDoesNotThrow(() -> sets.get(name), file + ":" + row.line() + " @" + name);
                    }
                }
            }
        }
    }

    /** A substring spin may apply without context only because it is not English: check each against the lexicon. */
    @Test
    void substringSpinsAreNotEnglishWords() {
        EnglishLexicon english = EnglishLexicon.load();
        for (Dictionaries.Row row : DICTS.table("artifacts/substring-spins.tsv")) {
            boolean hasNonWord = false;
            for (String word : row.get(0).split(" ")) {
                hasNonWord |= !english.isWord(word);
            }
            assertTrue(hasNonWord, "substring spin made only of English words: " + row.get(0));
        }
    }
}
