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
 * listed name count. A spelling used once against a majority spelling used at least
 * {@link #EDIT_MAJORITY} times (once more when the English dictionary does not know the
 * majority spelling as a name) is brought to the majority; it is only reported (with the
 * counts and the majority spelling as the suggestion) when the evidence says two names
 * may be meant: a tie or a thinner majority, the variant used more than once, inside a
 * quotation, written in the same sentence as the majority spelling ("Meyer and Meier"),
 * after another given name than the majority spelling ("Anna Meier", "John Meyer": two
 * people), or itself a name the English dictionary knows.
 */
final class UnlistedVariants {
    static final String RULE = "NAME_VARIANT_UNLISTED";
    private static final int MIN_LETTERS = 5;
    private static final int EDIT_MAJORITY = 2;

    private final NameLexicon names;
    private final Predicate<String> commonWord;
    private final Predicate<String> knownName;
    private final Predicate<String> title;

    /**
     * {@code commonWord} tells lower-case English words, {@code knownName} capitalised words the English
     * dictionary spells as they are ("Meier"), {@code title} words that stand before a name ("Judge").
     */
    UnlistedVariants(NameLexicon names, Predicate<String> commonWord, Predicate<String> knownName,
                     Predicate<String> title) {
        this.names = names;
        this.commonWord = commonWord;
        this.knownName = knownName;
        this.title = title;
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
                boolean accentsOnly = keys.light(best).equals(keys.light(f.getKey()));
                List<Token> majority = forms.get(best);
                for (Token t : f.getValue()) {
                    String doubt = n > 1 ? null : analysis.inQuotation(t.start(), t.end())
                            ? "inside a quotation, as the speaker said it" : doubt(text, t, majority, accentsOnly);
                    // a majority spelling the English dictionary knows ("Afghanistan") is English's; any other
                    // ("Taskaya" against "Taşkaya") needs one more use to outweigh the writer who took care of the accent
                    int needed = knownName.test(best) ? EDIT_MAJORITY : EDIT_MAJORITY + 1;
                    if (bestCount >= needed && n == 1 && doubt == null) {
                        draft.replace(t.start(), t.end(), best, RULE, "names", accentsOnly ? 0.85 : 0.8,
                                why + ": the document's own spelling");
                    } else {
                        draft.report(t.start(), t.end(), RULE, "names", 0.6,
                                why + (doubt == null ? "" : "; " + doubt), best);
                    }
                }
            }
        }
    }

    /** Why the variant may be another name than the majority spelling, or null when nothing says so. */
    private String doubt(String text, Token variant, List<Token> majority, boolean accentsOnly) {
        if (knownName.test(variant.text())) {
            return "'" + variant.text() + "' is a name of its own in the English dictionary";
        }
        // romanisations of one name capitalise it alike; a capital inside the word is a brand's own casing
        // ("RoboTrons", the devices, beside "Robotronzz", a band named after them)
        if (!majority.isEmpty() && !capitals(variant.text()).equals(capitals(majority.get(0).text()))) {
            return "'" + variant.text() + "' and '" + majority.get(0).text() + "' set their capitals differently,"
                    + " as two names do";
        }
        // two spellings a letter apart in one sentence are two names ("Meyer and Meier"); an accent is not enough
        for (Token m : accentsOnly ? List.<Token>of() : majority) {
            int from = Math.min(m.end(), variant.end());
            int to = Math.max(m.start(), variant.start());
            if (from <= to && text.substring(from, to).chars().noneMatch(c -> c == '.' || c == '!' || c == '?' || c == '\n')) {
                return "both spellings stand in one sentence, as two names would";
            }
        }
        String given = givenNameBefore(text, variant);
        if (given != null) {
            for (Token m : majority) {
                String other = givenNameBefore(text, m);
                if (other != null && !other.equals(given)) {
                    return "written after " + given + " and after " + other + ", as two people would be";
                }
            }
        }
        return null;
    }

    /** The word's capitals, lower-cased, in order: "rt" for "RoboTrons", "r" for "Robotronzz". */
    private static String capitals(String word) {
        StringBuilder sb = new StringBuilder();
        word.codePoints().filter(Character::isUpperCase).forEach(cp -> sb.appendCodePoint(Character.toLowerCase(cp)));
        return sb.toString();
    }

    /** The capitalised word right before the name that is no title and no English word ("Anna" of "Anna Meier"). */
    private String givenNameBefore(String text, Token name) {
        int end = name.start() - 1;
        if (end < 1 || text.charAt(end) != ' ') {
            return null;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, end);
        return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && !title.test(word)
                && !commonWord.test(word.toLowerCase(Locale.ROOT)) ? word : null;
    }

    private boolean candidate(Token t) {
        return t.script() == NameScripts.Script.LATIN && t.capitalised() && !t.allCaps()
                && t.text().length() >= MIN_LETTERS && names.lookup(t.text()).isEmpty()
                && !commonWord.test(t.text().toLowerCase(Locale.ROOT))
                && !commonWord.test(NameKeys.stripDiacritics(t.text()).toLowerCase(Locale.ROOT));
    }

}
