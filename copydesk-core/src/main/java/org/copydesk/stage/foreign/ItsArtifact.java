package org.copydesk.stage.foreign;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;
import org.copydesk.stage.foreign.WordAnalyzer.Analysis;
import org.copydesk.stage.foreign.WordAnalyzer.Choice;

/**
 * A Spanish plural's "-es" that a translator read as Spanish "es" (= is) and
 * rendered "It's": "both líderIt's" for "ambos líderes". Glued to the stem it
 * is unmistakable; with a space it is only taken after a word that wants a
 * plural ("both líder It's").
 */
final class ItsArtifact {
    static final String RULE = "FOREIGN_PLURAL_ITS";

    private static final Pattern GLUED = Pattern.compile("(?<![\\p{L}\\p{M}])(\\p{Ll}[\\p{L}\\p{M}]*)It['\u2019]s(?![\\p{L}])");
    private static final Pattern SPACED = Pattern.compile(
            "(?<![\\p{L}\\p{M}])(both|two|three|four|several|many|these|those|other|all|some|few|various) "
                    + "(\\p{Ll}[\\p{L}\\p{M}]*) It['\u2019]s(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Set<String> PLURAL = Set.of("NNS");

    private final ForeignModel model;
    private final WordAnalyzer analyzer;

    ItsArtifact(ForeignModel model, WordAnalyzer analyzer) {
        this.model = model;
        this.analyzer = analyzer;
    }

    void fix(Draft draft, List<int[]> taken) {
        String text = draft.text();
        Matcher m = GLUED.matcher(text);
        while (m.find()) {
            propose(draft, m.start(), m.end(), m.group(1), 0.93, false, taken);
        }
        m = SPACED.matcher(text);
        while (m.find()) {
            propose(draft, m.start(2), m.end(), m.group(2), 0.85, true, taken);
        }
    }

    private void propose(Draft draft, int start, int end, String stem, double confidence, boolean spaced,
                         List<int[]> taken) {
        if (SentenceTranslator.overlaps(taken, start, end) || spaced && model.isEnglish(stem)) {
            return;
        }
        // "naciónIt's": the singular's written accent goes in the plural (naciones)
        Analysis a = analyzer.analyse(stem + "es", false);
        if (a.content().isEmpty()) {
            a = analyzer.analyse(Normalizer.normalize(stem, Normalizer.Form.NFD).replaceAll("\\p{M}", "") + "es", false);
        }
        for (String lang : model.languages()) {
            for (Choice c : a.content()) {
                if (c.language().equals(lang) && c.pos().equals("n")
                        && PLURAL.contains(c.reading().meaning().englishForm())) {
                    String english = model.inflector().inflect(c.entry().english(), "n", "NNS");
                    draft.replace(start, end, english, RULE, "foreign", confidence,
                            LanguageNames.of(lang) + " plural '" + stem + "es' whose ending was mistranslated as \"It's\"");
                    taken.add(new int[] {start, end});
                    return;
                }
            }
        }
    }
}
