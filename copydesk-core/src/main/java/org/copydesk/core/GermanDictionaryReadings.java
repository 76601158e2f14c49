package org.copydesk.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.languagetool.AnalyzedToken;
import org.languagetool.tagging.TaggedWord;
import org.languagetool.tagging.de.GermanTagger;

/**
 * German readings of one word form from LanguageTool's German dictionary, with nouns compounded of two
 * dictionary words ("Wahlkampf", "Regierungschef") analysed here.
 *
 * <p>Why not {@code GermanTagger.tag}: on the first word its dictionary lacks, LanguageTool's tagger builds
 * tables for guessing prefixed verbs, nominalised verbs and adjective forms; that took 5 s of CPU, 12 s at
 * a load of 5 on two cores: a quarter of the CPU of a 0.3 MB document and more than the whole start-up
 * budget of one article, in every process, since in English text nearly every word asked is one German
 * lacks. What copydesk asks of German (is this a German word, its lemma and part of speech) is answered by
 * the dictionary; what the tables add are guesses about words a dictionary lacks, which would be weak
 * evidence of a German leftover anyway. The one productive family that matters for leftovers, noun
 * compounds, is analysed by splitting: a dictionary noun as head, a dictionary word as modifier, with
 * German's linking elements ("Regierung-s-chef", "Mensch-en-rechte").
 */
final class GermanDictionaryReadings {
    /** Linking elements between a compound's modifier and head, longest first. */
    private static final List<String> LINKS = List.of("es", "en", "er", "s", "n", "e", "");
    /** Shorter parts ("Ion", "Ton", "Tee") split English words and names ("Abort-ion", "Den-ton"). */
    private static final int MIN_PART = 4;

    private GermanDictionaryReadings() {
    }

    /** The readings as LanguageTool's tagger gives them for a known word; empty when German lacks it. */
    static List<AnalyzedToken> readings(GermanTagger tagger, String word) {
        List<TaggedWord> direct = lookup(tagger, word);
        if (!direct.isEmpty()) {
            return tokens(word, direct, "");
        }
        return compound(tagger, word);
    }

    /**
     * The word as written, else a capitalised one with a small first letter (a sentence's first word), else
     * one in capitals in lower case (a headline), as LanguageTool's tagger reads them.
     */
    private static List<TaggedWord> lookup(GermanTagger tagger, String word) {
        List<TaggedWord> found = tagger.tag(word);
        if (found.isEmpty() && !word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
            String rest = word.substring(1);
            found = tagger.tag(word.substring(0, 1).toLowerCase(Locale.ROOT) + rest);
            if (found.isEmpty() && rest.length() > 0 && rest.equals(rest.toUpperCase(Locale.ROOT))) {
                found = tagger.tag(word.toLowerCase(Locale.ROOT));
            }
        }
        return found;
    }

    /**
     * A capitalised word read as modifier + head noun, the longest head the dictionary knows first (the
     * head decides the compound's gender and inflection); the lemma is the modifier as written plus the
     * head's lemma, as LanguageTool writes compound lemmas.
     */
    private static List<AnalyzedToken> compound(GermanTagger tagger, String word) {
        if (word.length() < 2 * MIN_PART || !Character.isUpperCase(word.charAt(0))
                || !word.substring(1).chars().allMatch(Character::isLowerCase)) {
            return List.of();
        }
        for (int split = MIN_PART; split <= word.length() - MIN_PART; split++) {
            String head = word.substring(split, split + 1).toUpperCase(Locale.ROOT) + word.substring(split + 1);
            List<TaggedWord> nouns = tagger.tag(head).stream().filter(GermanDictionaryReadings::commonNoun).toList();
            if (!nouns.isEmpty() && knownModifier(tagger, word.substring(0, split))) {
                return tokens(word, nouns, word.substring(0, split));
            }
        }
        return List.of();
    }

    /** A modifier is a common word, not a name the dictionary lists ("Mary-land", "Williams-burg"). */
    private static boolean knownModifier(GermanTagger tagger, String modifier) {
        for (String link : LINKS) {
            if (modifier.endsWith(link) && modifier.length() - link.length() >= MIN_PART
                    && lookup(tagger, modifier.substring(0, modifier.length() - link.length())).stream()
                            .anyMatch(t -> t.getPosTag() != null && !t.getPosTag().startsWith("EIG"))) {
                return true;
            }
        }
        return false;
    }

    /** LanguageTool's German tags a common noun SUB, a name EIG. */
    private static boolean commonNoun(TaggedWord t) {
        return t.getPosTag() != null && t.getPosTag().startsWith("SUB");
    }

    private static List<AnalyzedToken> tokens(String word, List<TaggedWord> tagged, String modifier) {
        Set<AnalyzedToken> out = new LinkedHashSet<>();
        for (TaggedWord t : tagged) {
            String lemma = t.getLemma();
            if (!modifier.isEmpty() && lemma != null && !lemma.isEmpty()) {
                lemma = modifier + lemma.substring(0, 1).toLowerCase(Locale.ROOT) + lemma.substring(1);
            }
            out.add(new AnalyzedToken(word, t.getPosTag(), lemma));
        }
        return new ArrayList<>(out);
    }
}
