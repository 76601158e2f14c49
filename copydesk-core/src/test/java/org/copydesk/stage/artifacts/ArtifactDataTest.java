package org.copydesk.stage.artifacts;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.dict.Dictionaries;
import org.copydesk.lexicon.EnglishLexicon;
import org.copydesk.testing.TestResources;
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

    /** Every rule id of the stage has a positive example and a look-alike, in one of the two example files. */
    @Test
    void everyRuleHasExamples() {
        java.util.Set<String> rules = new java.util.TreeSet<>(List.of(Rules.FALSE_FRIEND_CELEBRATE,
                Rules.CASING_FUNCTION_WORD, Rules.CASING_COMMON_WORD, Rules.PRONOUN_GENDER));
        for (String file : ArtifactData.PHRASE_FILES) {
            DICTS.table(file).forEach(r -> rules.add(r.get(2)));
        }
        DICTS.table("artifacts/false-friend-verbs.tsv").forEach(r -> rules.add(r.get(0)));
        java.util.Set<String> positive = new java.util.HashSet<>();
        java.util.Set<String> lookAlike = new java.util.HashSet<>();
        for (String name : List.of("/examples/artifacts.tsv", "/examples/artifacts-findings.tsv")) {
            for (TestResources.Row row : TestResources.rows(name)) {
                String[] c = row.cells();
                boolean same = name.endsWith("findings.tsv") ? c[2].equals("-") : c[1].equals(c[2]);
                (same ? lookAlike : positive).add(c[0]);
            }
        }
        for (String rule : rules) {
            assertTrue(positive.contains(rule), "no fix or finding example for " + rule);
            assertTrue(lookAlike.contains(rule), "no look-alike example for " + rule);
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
