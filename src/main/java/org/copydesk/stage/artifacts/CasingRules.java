package org.copydesk.stage.artifacts;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.copydesk.dict.Dictionaries;
import org.copydesk.stage.artifacts.TextView.Token;

/**
 * Capitals a translation left in running text. Spanish and Portuguese
 * agency copy, machine-translated, capitalises words of the source's title
 * case: "OSCE, ASEAN And Arab League", "to defend National
 * unity". Headlines written in title case and the first word
 * of a sentence or clause keep their capitals, and so do the names and titles
 * of dictionaries/artifacts/casing-keep.tsv and of the names lexicon.
 */
final class CasingRules {
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "nor");
    private static final String QUOTES = "\"“”‘’'«»";
    private final Set<String> keep;
    private final int longestKeep;

    private CasingRules(Set<String> keep, int longestKeep) {
        this.keep = keep;
        this.longestKeep = longestKeep;
    }

    static CasingRules load(Dictionaries dictionaries) {
        Set<String> keep = new HashSet<>();
        int longest = 1;
        for (Dictionaries.Row row : dictionaries.table("artifacts/casing-keep.tsv")) {
            String phrase = row.get(0).replaceAll("\\s+", " ");
            keep.add(phrase);
            longest = Math.max(longest, phrase.split(" ").length);
        }
        return new CasingRules(keep, longest);
    }

    /**
     * "ASEAN And Arab League": a capitalised function word after a name and before
     * another name (or, for a conjunction, before any lower-case word).
     */
    ArtifactRule functionWords() {
        return (doc, out) -> {
            TextView view = doc.view;
            for (int i = 1; i + 1 < view.size(); i++) {
                Token t = view.get(i);
                if (!t.capitalised() || t.allCaps() || !doc.sets.contains("casing_function", t.lower())
                        || view.clauseStart(i) || !spaced(view, i) || !spaced(view, i + 1)
                        || !view.sameSentence(i, i + 1) || !view.get(i - 1).capitalised()
                        || !(view.get(i + 1).capitalised() || CONJUNCTIONS.contains(t.lower()) && view.get(i + 1).lowerCase())
                        || titleLike(doc, i) || protectedName(doc, i)) {
                    continue;
                }
                out.add(new Hit(t.start(), t.end(), t.lower(), Rules.CASING_FUNCTION_WORD, 0.85,
                        "function word capitalised between names in running text", false, false));
            }
        };
    }

    /** "defend National unity": a common adjective capitalised between lower-case words. */
    ArtifactRule commonWords() {
        return (doc, out) -> {
            TextView view = doc.view;
            for (int i = 1; i + 1 < view.size(); i++) {
                Token t = view.get(i);
                Token prev = view.get(i - 1);
                Token next = view.get(i + 1);
                if (!t.capitalised() || t.allCaps() || !doc.sets.contains("casing_common", t.lower())
                        || view.clauseStart(i) || !spaced(view, i) || !spaced(view, i + 1)
                        || !view.sameSentence(i - 1, i + 1) || !prev.lowerCase() || !next.lowerCase()
                        || view.titleCase(t.sentence(), doc.sets.get("headline_function"))
                        || protectedName(doc, i)) {
                    continue;
                }
                out.add(new Hit(t.start(), t.end(), t.lower(), Rules.CASING_COMMON_WORD, 0.8,
                        "common word capitalised mid-sentence, not part of a name", false, false));
            }
        };
    }

    /** Only a plain space (no punctuation) before word i. */
    private static boolean spaced(TextView view, int i) {
        String gap = view.gapBefore(i);
        return !gap.isEmpty() && gap.isBlank() && gap.indexOf('\n') < 0;
    }

    /**
     * Title case around the word: the whole sentence is a headline, or the
     * run of capitalised words around it holds another capitalised function
     * word or article ("Gone With The Wind").
     */
    private static boolean titleLike(Document doc, int i) {
        TextView view = doc.view;
        Set<String> headline = doc.sets.get("headline_function");
        if (view.titleCase(view.get(i).sentence(), headline)) {
            return true;
        }
        int[] run = {i, i};
        for (int step : new int[] {-1, 1}) {
            for (int k = i + step; view.at(k) != null && view.sameSentence(i, k); k += step) {
                Token t = view.get(k);
                if (!t.capitalised() || !spaced(view, step < 0 ? k + 1 : k)) {
                    break;
                }
                if (headline.contains(t.lower()) && !t.allCaps()) {
                    return true;
                }
                run[step < 0 ? 0 : 1] = k;
            }
        }
        // a quoted title: 'She read "War And Peace"'
        String before = view.gapBefore(run[0]);
        String after = view.gapAfter(run[1]);
        return !before.isEmpty() && QUOTES.indexOf(before.charAt(before.length() - 1)) >= 0
                && !after.isEmpty() && QUOTES.indexOf(after.charAt(0)) >= 0;
    }

    /** The word is inside a phrase of the keep list or a known name ("National Assembly", "Europa Press"). */
    private boolean protectedName(Document doc, int i) {
        TextView view = doc.view;
        for (int from = Math.max(0, i - longestKeep + 1); from <= i; from++) {
            StringBuilder sb = new StringBuilder();
            for (int to = from; to < Math.min(view.size(), from + longestKeep); to++) {
                if (to > from) {
                    if (!view.sameSentence(from, to)) {
                        break;
                    }
                    sb.append(' ');
                }
                sb.append(view.get(to).text());
                if (to >= i && (keep.contains(sb.toString()) || to > from && doc.names.lookup(sb.toString()).isPresent())) {
                    return true;
                }
            }
        }
        return false;
    }


    List<ArtifactRule> rules() {
        return List.of(functionWords(), commonWords());
    }
}
