package org.copydesk.stage.foreign;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Lingua over the configured languages plus English. Reliable on sentences
 * and windows of about five words, not on single words, so it judges
 * passages and breaks ties between candidate languages of a word, never a
 * word alone. Built once per language set; Lingua loads each model on first use.
 */
public final class PassageDetector {
    /** A language other than English with its confidence among the configured ones. */
    public record Verdict(String language, double confidence, double english) {
    }

    private final LanguageDetector detector;

    PassageDetector(List<String> languages) {
        List<Language> list = new ArrayList<>();
        list.add(Language.ENGLISH);
        for (String code : languages) {
            list.add(Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT))));
        }
        this.detector = LanguageDetectorBuilder.fromLanguages(list.toArray(new Language[0])).build();
    }

    /** The most likely non-English language of a stretch of text and its confidence. */
    public Optional<Verdict> judge(String text) {
        SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(text);
        double english = values.getOrDefault(Language.ENGLISH, 0.0);
        Language best = null;
        double bestValue = 0;
        for (Map.Entry<Language, Double> e : values.entrySet()) {
            if (e.getKey() != Language.ENGLISH && e.getValue() > bestValue) {
                best = e.getKey();
                bestValue = e.getValue();
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new Verdict(best.getIsoCode639_1().name().toLowerCase(Locale.ROOT), bestValue, english));
    }

    /** Confidence that text is in the given language, among the configured ones. */
    public double confidence(String text, String language) {
        Language lang = Language.getByIsoCode639_1(IsoCode639_1.valueOf(language.toUpperCase(Locale.ROOT)));
        return detector.computeLanguageConfidenceValues(text).getOrDefault(lang, 0.0);
    }
}
