package org.copydesk.stage.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.core.LtLanguages;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.tagging.en.EnglishTagger;

/**
 * The fast rule set tags with a memo of the dictionary lookups: every token must get exactly the readings
 * LanguageTool's own English tagger gives it (lemma, tag, apostrophe flag, offsets), the first time and
 * when the word comes again, whatever its case or apostrophe.
 */
class CachingEnglishTaggerTest {
    private static final Language EN = LtLanguages.forCode("en-US");

    /** Words that take each of the tagger's routes: lower case, capitalised, all caps, mixed case, "-in'", ’. */
    private static final List<String> TOKENS = List.of("The", "the", "THE", "council", "Council", "COUNCIL",
            "voted", "runnin'", "RUNNIN'", "Runnin'", "doin’", "don’t", "don't", "iPhone", "McDonald", "NASA",
            "Nasa", "nasa", "xqzv", "Xqzv", "XQZV", "42", "3.5", ",", ".", "—", " ", "\n", "o'clock", "O'Clock",
            "Reykjavík", "naïve", "U.S.", "u.s.", "Jr", "jr", "I", "i", "AI", "Ai", "ai");

    @Test
    void readingsAreLanguageToolsFirstTimeAndOnRepeat() throws Exception {
        CachingEnglishTagger cached = new CachingEnglishTagger();
        for (int round = 0; round < 2; round++) {
            List<AnalyzedTokenReadings> expected = EnglishTagger.INSTANCE.tag(TOKENS);
            List<AnalyzedTokenReadings> actual = cached.tag(TOKENS);
            assertEquals(describe(expected), describe(actual), "round " + round);
        }
        assertTrue(cached.remembered() > TOKENS.size(), "the lookups (several per token) are remembered");
    }

    @Test
    void theAnalyzerReadsASentenceAsWithTheLanguagesTagger() {
        RawSentenceAnalyzer memoised = new RawSentenceAnalyzer(EN);
        RawSentenceAnalyzer plain = new RawSentenceAnalyzer(EN, EN.getTagger());
        String sentence = "The Council's NASA panel met in Reykjavík on Tuesday, and the council met again: runnin' late.";
        for (int round = 0; round < 2; round++) {
            assertEquals(describe(List.of(plain.analyze(sentence).getTokens())),
                    describe(List.of(memoised.analyze(sentence).getTokens())), "round " + round);
        }
    }

    private static List<String> describe(List<AnalyzedTokenReadings> tokens) {
        List<String> out = new ArrayList<>();
        for (AnalyzedTokenReadings t : tokens) {
            StringBuilder sb = new StringBuilder(t.getToken()).append('|').append(t.hasTypographicApostrophe())
                    .append('|').append(t.isPosTagUnknown()).append('|').append(t.isTagged())
                    .append('|').append(t.getStartPos()).append('|').append(t.isWhitespaceBefore())
                    .append('|').append(t.isSentenceEnd());
            for (AnalyzedToken r : t.getReadings()) {
                sb.append('|').append(r.getLemma()).append('/').append(r.getPOSTag()).append('/').append(r.hasNoTag());
            }
            out.add(sb.toString());
        }
        return out;
    }
}
