package org.copydesk.stage.grammar;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.languagetool.tagging.TaggedWord;
import org.languagetool.tagging.WordTagger;
import org.languagetool.tagging.en.EnglishTagger;

/**
 * LanguageTool's English tagger with a memo of its dictionary lookups. {@link EnglishTagger#tag} reads each
 * token through its word tagger (a morfologik automaton plus the manual additions and removals) up to four
 * times (as spelled, in lower case, capitalised, with a final g for "-in'"), and those lookups were most of
 * the fast rule set's cost: news repeats its words, so a word is looked up once per instance here and the
 * tagger builds its readings from the remembered lookup. A lookup depends on the word alone and its answer
 * ({@link TaggedWord}: lemma and tag, immutable) is only read, so the readings are the same as without the
 * memo. Not thread safe: one per {@link RawSentenceAnalyzer}, which the pooled fast rule set owns.
 */
final class CachingEnglishTagger extends EnglishTagger {
    /** Distinct words remembered; the memo starts over beyond (a crawl's vocabulary is unbounded). */
    static final int MAX_WORDS = 200_000;

    private final Map<String, List<TaggedWord>> lookups = new HashMap<>();
    private WordTagger memo;

    @Override
    protected WordTagger getWordTagger() {
        if (memo == null) {
            WordTagger dictionary = super.getWordTagger();
            memo = word -> {
                List<TaggedWord> known = lookups.get(word);
                if (known == null) {
                    known = List.copyOf(dictionary.tag(word));
                    if (lookups.size() >= MAX_WORDS) {
                        lookups.clear();
                    }
                    lookups.put(word, known);
                }
                return known;
            };
        }
        return memo;
    }

    /** Distinct words looked up in the dictionary so far (for tests). */
    int remembered() {
        return lookups.size();
    }
}
