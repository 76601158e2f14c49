package org.copydesk.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.tagging.Tagger;
import org.languagetool.tagging.de.GermanTagger;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * The LanguageTool languages copydesk uses, registered by class name before they are looked up.
 *
 * <p>Why: LanguageTool finds its languages through one resource per language jar,
 * {@code META-INF/org/languagetool/language-module.properties}. In an uber-jar (the usual
 * {@code spark-submit} packaging) those files share one path and all but one are lost, and every
 * lookup of the others fails. Registering the classes by name does not depend on that resource.
 */
public final class LtLanguages {
    private static final Map<String, String> CLASSES = Map.of(
            "en-US", "org.languagetool.language.AmericanEnglish",
            "en-GB", "org.languagetool.language.BritishEnglish",
            "es", "org.languagetool.language.Spanish",
            "pt", "org.languagetool.language.Portuguese",
            "fr", "org.languagetool.language.French",
            "it", "org.languagetool.language.Italian",
            "de", "org.languagetool.language.German");

    private static final Map<String, Language> RESOLVED = new ConcurrentHashMap<>();

    private LtLanguages() {
    }

    /** The language for a short code copydesk uses ("en-US", "en-GB", "es", "pt", "fr", "it", "de"). */
    public static Language forCode(String code) {
        String className = CLASSES.get(code);
        if (className == null) {
            throw new IllegalArgumentException("'" + code + "' is not a language copydesk uses; known: "
                    + new java.util.TreeSet<>(CLASSES.keySet()));
        }
        // registered and looked up once per code: the grammar stage asks for every document, and a
        // lock plus LanguageTool's list scan does not belong on that path
        return RESOLVED.computeIfAbsent(code, c -> {
            synchronized (LtLanguages.class) { // LanguageTool's registry is not ours to assume thread safe
                // a no-op when the properties resource already registered it
                Languages.getOrAddLanguageByClassName(className);
                return Languages.getLanguageForShortCode(c);
            }
        });
    }

    /**
     * The readings {@code tagger} gives one word form that have a lemma and a part of speech.
     * LanguageTool taggers keep per-instance state in places (German compound splitting): one
     * caller at a time. German is read from its dictionary ({@link GermanDictionaryReadings}: the full
     * tagger's guessing tables cost seconds of CPU on first use).
     */
    public static List<AnalyzedToken> readings(Tagger tagger, String word) {
        List<AnalyzedTokenReadings> tagged;
        try {
            synchronized (tagger) {
                if (tagger instanceof GermanTagger german) {
                    return withLemmaAndTag(GermanDictionaryReadings.readings(german, word));
                }
                tagged = tagger.tag(List.of(word));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<AnalyzedToken> all = new ArrayList<>();
        tagged.forEach(atr -> all.addAll(atr.getReadings()));
        return withLemmaAndTag(all);
    }

    private static List<AnalyzedToken> withLemmaAndTag(List<AnalyzedToken> readings) {
        List<AnalyzedToken> out = new ArrayList<>();
        for (AnalyzedToken t : readings) {
            if (t.getLemma() != null && t.getPOSTag() != null && !t.getPOSTag().isBlank()) {
                out.add(t);
            }
        }
        return out;
    }
}
