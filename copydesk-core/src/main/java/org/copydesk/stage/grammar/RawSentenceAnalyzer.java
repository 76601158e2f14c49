package org.copydesk.stage.grammar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.tagging.Tagger;
import org.languagetool.tagging.en.EnglishTagger;
import org.languagetool.tokenizers.Tokenizer;

/**
 * Tokenises and tags one sentence with LanguageTool's English tokenizer and
 * tagger, and nothing else: no OpenNLP chunker and no disambiguator. Those two
 * are most of LanguageTool's analysis cost, and our own rules are written
 * against the undisambiguated readings (a disambiguated "the two power are"
 * has lost the noun reading of "power"). Not thread safe: the tokenizer is the
 * language's shared, stateless one, but the tagger keeps a memo of its
 * dictionary lookups ({@link CachingEnglishTagger}); one per fast rule set.
 */
final class RawSentenceAnalyzer {
    // taken once: the language's getters are synchronized, and a background thread may hold its lock for long
    private final Tokenizer tokenizer;
    private final Tagger tagger;

    RawSentenceAnalyzer(Language language) {
        this(language, memoised(language.getTagger()));
    }

    /** With the given tagger (tests compare the memoised tagger with the language's own). */
    RawSentenceAnalyzer(Language language, Tagger tagger) {
        this.tokenizer = language.getWordTokenizer();
        this.tagger = tagger;
    }

    /**
     * The same tagger with a memo of its dictionary lookups, when it is the plain English one (it is for en-US
     * and en-GB); any other tagger as the language gives it.
     */
    private static Tagger memoised(Tagger shared) {
        return shared.getClass() == EnglishTagger.class ? new CachingEnglishTagger() : shared;
    }

    AnalyzedSentence analyze(String sentence) {
        List<String> tokens = tokenizer.tokenize(sentence);
        List<AnalyzedTokenReadings> tagged;
        try {
            tagged = tagger.tag(tokens);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AnalyzedTokenReadings[] out = new AnalyzedTokenReadings[tagged.size() + 1];
        out[0] = new AnalyzedTokenReadings(new AnalyzedToken("", JLanguageTool.SENTENCE_START_TAGNAME, null), 0);
        int pos = 0;
        for (int i = 0; i < tagged.size(); i++) {
            AnalyzedTokenReadings t = tagged.get(i);
            if (i > 0) {
                t.setWhitespaceBefore(tagged.get(i - 1).getToken());
            }
            t.setStartPos(pos);
            pos += t.getToken().length();
            out[i + 1] = t;
        }
        int last = out.length - 1;
        while (last > 0 && out[last].isWhitespace()) {
            last--;
        }
        out[last].setSentEnd();
        return new AnalyzedSentence(out);
    }
}
