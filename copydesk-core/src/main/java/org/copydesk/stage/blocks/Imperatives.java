package org.copydesk.stage.blocks;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.tagging.en.EnglishTagger;

/**
 * Whether a word can open an imperative: LanguageTool's English tagger reads it as a verb's bare
 * form (VB). Words that open a story's own sentences as often as an order are left out: "let" (a
 * speaker's "Let us ..."), and the auxiliaries.
 */
final class Imperatives {
    private static final Set<String> NOT_PROMPTS = Set.of("let", "be", "do", "have", "will", "can", "may", "must");

    private Imperatives() {
    }

    static boolean bareVerb(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (NOT_PROMPTS.contains(w)) {
            return false;
        }
        for (AnalyzedTokenReadings readings : EnglishTagger.INSTANCE.tag(List.of(w))) {
            for (AnalyzedToken t : readings) {
                if ("VB".equals(t.getPOSTag())) {
                    return true;
                }
            }
        }
        return false;
    }
}
