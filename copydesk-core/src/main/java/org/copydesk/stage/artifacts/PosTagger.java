package org.copydesk.stage.artifacts;

import org.copydesk.core.LtLanguages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.tagging.Tagger;

/**
 * LanguageTool's English tagger, asked about single words: which parts of
 * speech a word can have (Penn tags: VBN, NN, JJ...). Word-level readings are
 * enough for the context tests here and cost a dictionary lookup each.
 */
final class PosTagger {
    private final Tagger tagger;

    private PosTagger(Tagger tagger) {
        this.tagger = tagger;
    }

    static PosTagger load(String variant) {
        return new PosTagger(LtLanguages.forCode(variant).getTagger());
    }

    /** True when some reading of the word has a tag matching the regex. */
    boolean mayBe(String word, Pattern tag) {
        return readings(word).matchesPosTagRegex(tag);
    }

    /** True when the English dictionary knows the word (it has a part of speech). */
    boolean known(String word) {
        AnalyzedTokenReadings r = readings(word);
        return r.hasReading() && !r.isPosTagUnknown();
    }

    /** True when every reading of the word has a tag matching the regex (and it has some reading). */
    boolean onlyBe(String word, Pattern tag) {
        AnalyzedTokenReadings r = readings(word);
        if (!r.hasReading() || r.isPosTagUnknown()) {
            return false;
        }
        for (var reading : r.getReadings()) {
            String pos = reading.getPOSTag();
            if (pos == null || !tag.matcher(pos).matches()) {
                return false;
            }
        }
        return true;
    }

    private AnalyzedTokenReadings readings(String word) {
        try {
            return tagger.tag(List.of(word)).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
