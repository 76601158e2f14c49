package org.copydesk.stage.foreign;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the candidate languages make of one word: its readings that the
 * glossaries can translate, split into content words (noun, verb, adjective,
 * adverb) and function words, and how well English knows the word.
 */
final class WordAnalyzer {
    /** English frequency class up to which a known English word may still be a leftover. */
    static final int RARE = 3;

    /** A translatable reading: language, tagger reading and glossary entry. */
    record Choice(Reading reading, Glossary.Entry entry) {
        String language() {
            return reading.language();
        }

        String pos() {
            return reading.pos();
        }
    }

    /** The analysis of a word form. */
    record Analysis(String word, List<Choice> content, List<Choice> function, boolean aux, boolean properNoun,
                    boolean knownAbroad, boolean englishKnown, int englishFrequency) {
        boolean englishCommon() {
            return englishKnown && englishFrequency > RARE;
        }

        /** The same analysis with its content readings dropped (the word stands as a function word). */
        Analysis withoutContent() {
            return new Analysis(word, List.of(), function, aux, properNoun, knownAbroad, englishKnown, englishFrequency);
        }
    }

    private final ForeignModel model;

    WordAnalyzer(ForeignModel model) {
        this.model = model;
    }

    Analysis analyse(String word, boolean lowerFallback) {
        String w = word.replace('\u2019', '\'');
        List<Choice> content = new ArrayList<>();
        List<Choice> function = new ArrayList<>();
        boolean aux = false;
        boolean proper = false;
        boolean knownAbroad = false;
        for (LanguageKit kit : model.kits().values()) {
            List<Reading> readings = kit.analyse(w);
            if (readings.isEmpty() && lowerFallback) {
                readings = kit.analyse(w.toLowerCase(Locale.ROOT));
            }
            knownAbroad |= !readings.isEmpty();
            Glossary glossary = model.glossary(kit.code());
            for (Reading r : readings) {
                if (r.pos().equals("aux")) {
                    aux = true;
                    continue;
                }
                if (r.pos().equals("propn")) {
                    proper = true;
                    continue;
                }
                Optional<Glossary.Entry> entry = glossary.lookup(r.lemma(), r.pos());
                if (entry.isEmpty()) {
                    continue;
                }
                (r.meaning().isContent() ? content : function).add(new Choice(r, entry.get()));
            }
        }
        int freq = model.englishFrequency(w);
        return new Analysis(word, content, function, aux, proper, knownAbroad, freq >= 0, freq);
    }
}
