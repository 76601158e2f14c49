package org.copydesk.stage.names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.copydesk.core.Draft;
import org.copydesk.lexicon.NameKeys;
import org.copydesk.lexicon.NameLexicon;
import org.copydesk.lexicon.NameScripts;
import org.copydesk.text.SpanIndex;
import org.copydesk.text.TextAnalysis;

/**
 * One unlisted name spelled two ways in the same document ("Kravchenko" three times,
 * "Krawtschenko" once): the spellings share a transliteration key (diacritics dropped,
 * the romanisation differences of names/folding.tsv folded: w/v, j/y/i, sch/sh, ou/u…),
 * so they are one name, and the document's most common spelling is the one to keep.
 * Only capitalised words of running text that are no English word and no word of a
 * listed name count. A spelling that differs only by accents or separators and is used
 * at least {@link #EDIT_MAJORITY} times against a single other use is applied; a thinner
 * majority, or a romanisation difference (Meyer and Meier can be two people), is reported
 * with the counts and the majority spelling as the suggestion.
 */
final class UnlistedVariants {
    static final String RULE = "NAME_VARIANT_UNLISTED";
    private static final int MIN_LETTERS = 5;
    private static final int EDIT_MAJORITY = 3;

    private final NameLexicon names;
    private final Predicate<String> commonWord;

    UnlistedVariants(NameLexicon names, Predicate<String> commonWord) {
        this.names = names;
        this.commonWord = commonWord;
    }

    void find(Draft draft, TextAnalysis analysis, List<Mention> mentions) {
        String text = draft.text();
        NameKeys keys = names.keys();
        Map<String, Map<String, List<Token>>> byKey = new LinkedHashMap<>();
        // asked for every candidate word: a binary search, not a scan of every mention (quadratic on a long document)
        SpanIndex inMentions = SpanIndex.of(mentions, Mention::start, Mention::end);
        for (Token t : Token.tokenise(text)) {
            if (!candidate(t) || inMentions.overlaps(t.start(), t.end()) || !analysis.inProse(t.start())
                    || analysis.touchesCode(t.start(), t.end()) || analysis.startsSentence(t.start())) {
                continue;
            }
            byKey.computeIfAbsent(keys.transliteration(t.text()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(t.text(), k -> new ArrayList<>()).add(t);
        }
        for (Map<String, List<Token>> forms : byKey.values()) {
            if (forms.size() < 2) {
                continue;
            }
            String best = null;
            int bestCount = 0;
            boolean tie = false;
            for (Map.Entry<String, List<Token>> f : forms.entrySet()) {
                int n = f.getValue().size();
                if (n > bestCount) {
                    best = f.getKey();
                    bestCount = n;
                    tie = false;
                } else if (n == bestCount) {
                    tie = true;
                }
            }
            if (tie || bestCount < 2) {
                continue;
            }
            for (Map.Entry<String, List<Token>> f : forms.entrySet()) {
                if (f.getKey().equals(best) || f.getKey().equalsIgnoreCase(best)) {
                    continue;
                }
                int n = f.getValue().size();
                String why = "an unlisted name spelled '" + best + "' " + bestCount + " times in this document and '"
                        + f.getKey() + "' " + n + " time" + (n == 1 ? "" : "s") + "; the two differ only by romanisation or accents";
                for (Token t : f.getValue()) {
                    // accents and separators alone are one spelling; other romanisation differences (Meyer, Meier)
                    // can be two people, so those are only reported
                    boolean accentsOnly = keys.light(best).equals(keys.light(f.getKey()));
                    if (accentsOnly && bestCount >= EDIT_MAJORITY && n == 1 && !analysis.inQuotation(t.start(), t.end())) {
                        draft.replace(t.start(), t.end(), best, RULE, "names", 0.8, why + ": the document's own spelling");
                    } else {
                        draft.report(t.start(), t.end(), RULE, "names", 0.6, why, best);
                    }
                }
            }
        }
    }

    private boolean candidate(Token t) {
        return t.script() == NameScripts.Script.LATIN && t.capitalised() && !t.allCaps()
                && t.text().length() >= MIN_LETTERS && !names.isNameToken(t.text())
                && !commonWord.test(t.text().toLowerCase(Locale.ROOT))
                && !commonWord.test(NameKeys.stripDiacritics(t.text()).toLowerCase(Locale.ROOT));
    }

}
