package org.copydesk.stage.artifacts;

import org.copydesk.core.LtLanguages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
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
    /** Dictionary lookups so far: a work count that tests compare across input sizes (no timing). */
    private final LongAdder lookups = new LongAdder();

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

    /** The coarse word classes of the word's readings: the first two letters of each tag (NN, VB, JJ, RB...). */
    java.util.Set<String> coarseClasses(String word) {
        java.util.Set<String> classes = new java.util.HashSet<>();
        for (var reading : readings(word).getReadings()) {
            String pos = reading.getPOSTag();
            if (pos != null && pos.length() >= 2 && !pos.startsWith("SENT")) {
                classes.add(pos.substring(0, 2));
            }
        }
        return classes;
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

    /** How many words were looked up since this tagger was loaded. */
    long lookups() {
        return lookups.sum();
    }

    private AnalyzedTokenReadings readings(String word) {
        lookups.increment();
        try {
            return tagger.tag(List.of(word)).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
