package org.copydesk.stage.artifacts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.copydesk.dict.Dictionaries;
import org.copydesk.stage.artifacts.TextView.Token;

/**
 * Capitals a translation left in running text. Spanish and Portuguese agency
 * copy, machine-translated, capitalises words of the source's title case:
 * "OSCE, ASEAN And Arab League", "to defend National unity".
 *
 * <p>Capitals are also a writer's choice: a government's house style
 * ("Federal spending", "the Nation"), names of institutions, titles of works
 * ("Carry Me Back To Old Virginia"), characters, headings and acronym
 * expansions. So a change of case needs evidence that the text is a
 * translation's, not a style's: the word stands mid-sentence in a prose line,
 * outside quotation marks and code, not in a run of capitalised words (a name
 * or a title); and the document itself shows the translation, by a
 * capitalised function word after an acronym or between lower-case words
 * ("BRICS And Shanghai", "agreed To sign"), or by writing the same word in
 * lower case elsewhere. A capitalised form the document uses consistently is
 * its style and stays. Where only one kind of evidence is there the spot is a
 * finding; where there is none, nothing.
 */
final class CasingRules {
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "nor");
    private static final String QUOTES = "\"“”‘’'«»";
    /** Proper-noun readings only: "France", "Uruguay", not "Peace" or "Card". */
    private static final Pattern PROPER = Pattern.compile("NNPS?");
    private static final int MAX_ACRONYM = 6;
    /** Small words inside names of institutions: "Institute for Scientific and Technological Cooperation". */
    private static final Set<String> NAME_LINKS = Set.of("of", "for", "and", "the", "on");
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

    List<ArtifactRule> rules() {
        return List.of(this::find);
    }

    /**
     * Function words first: those the pattern alone shows to be a translation's
     * are the document's evidence for the rest (function words between names
     * or lower-case words, common adjectives).
     */
    private void find(Document doc, List<Hit> out) {
        List<Hit> decisive = new ArrayList<>();
        List<Hit> pending = new ArrayList<>();
        functionWords(doc, decisive, pending);
        out.addAll(decisive);
        boolean translated = !decisive.isEmpty();
        String evidence = translated ? "'" + phraseAround(doc.view, decisive.get(0)) + "'" : null;
        for (Hit h : pending) {
            out.add(translated
                    ? new Hit(h.start(), h.end(), h.replacement(), h.rule(), 0.8,
                    h.reason() + "; the document shows translation casing (" + evidence + ")", false, false)
                    : new Hit(h.start(), h.end(), h.replacement(), h.rule(), 0.6,
                    h.reason() + " (no other translation casing in the document: a title, name or verse may"
                            + " read so)", true, false));
        }
        commonWords(doc, translated, evidence, out);
    }

    /**
     * "ASEAN And Arab League": a capitalised function word after an acronym
     * mid-sentence is decisive. One between lower-case words ("agreed To
     * sign") or between two single proper nouns ("Chile And Uruguay") is
     * {@code pending}: decided by the rest of the document. Verse, whose lines
     * open with capitals wherever the sentence stands, is left alone.
     */
    private void functionWords(Document doc, List<Hit> decisive, List<Hit> pending) {
        TextView view = doc.view;
        for (int i = 1; i + 1 < view.size(); i++) {
            Token t = view.get(i);
            if (!t.capitalised() || t.allCaps() || !doc.sets.contains("casing_function", t.lower())
                    || !spaced(view, i) || !spaced(view, i + 1) || !view.sameSentence(i - 1, i + 1)
                    || !doc.midSentenceProse(i) || titleLike(doc, i) || protectedName(doc, i)) {
                continue;
            }
            Token prev = view.get(i - 1);
            Token next = view.get(i + 1);
            boolean conjunction = CONJUNCTIONS.contains(t.lower());
            if (acronymMidSentence(doc, i - 1) && (next.capitalised() || conjunction && next.lowerCase())) {
                decisive.add(new Hit(t.start(), t.end(), t.lower(), Rules.CASING_FUNCTION_WORD, 0.85,
                        "function word capitalised after the acronym " + prev.text() + " mid-sentence", false, false));
            } else if (doc.analysis.inQuotation(t.start(), t.end()) || verseLike(doc, t.paragraph())) {
                continue;
            } else if (prev.lowerCase() && next.lowerCase()) {
                pending.add(new Hit(t.start(), t.end(), t.lower(), Rules.CASING_FUNCTION_WORD, 0.6,
                        "function word capitalised between lower-case words mid-sentence", true, false));
            } else if (conjunction && singleName(doc, i - 1) && nameAfter(doc, i + 1)) {
                pending.add(new Hit(t.start(), t.end(), t.lower(), Rules.CASING_FUNCTION_WORD, 0.6,
                        "conjunction capitalised between names in running text", true, false));
            }
        }
    }

    /**
     * The paragraph capitalises common words mid-sentence at least twice, each
     * standing alone after a lower-case word ("in the evening And no man",
     * "excellent To have"): verse lines run together, or a writer's own
     * capitals, not one slip of a translation.
     */
    private static boolean verseLike(Document doc, int paragraph) {
        TextView view = doc.view;
        int n = 0;
        for (int k = 1; k + 1 < view.size(); k++) {
            Token t = view.get(k);
            if (t.paragraph() != paragraph) {
                if (t.paragraph() > paragraph) {
                    break;
                }
                continue;
            }
            if (t.capitalised() && !t.allCaps() && !t.text().equals("I") && !doc.analysis.startsSentence(t.start())
                    && view.get(k - 1).lowerCase() && view.get(k + 1).lowerCase() && view.sameSentence(k - 1, k)
                    && !properNoun(doc, t) && ++n >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * "defend National unity": a listed adjective capitalised between
     * lower-case words. The document's own usage decides: a capital it uses
     * more often than the lower-case form (and more than once) is its style.
     */
    private void commonWords(Document doc, boolean translated, String evidence, List<Hit> out) {
        TextView view = doc.view;
        for (int i = 1; i + 1 < view.size(); i++) {
            Token t = view.get(i);
            Token prev = view.get(i - 1);
            Token next = view.get(i + 1);
            if (!t.capitalised() || t.allCaps() || !doc.sets.contains("casing_common", t.lower())
                    || !spaced(view, i) || !spaced(view, i + 1) || !view.sameSentence(i - 1, i + 1)
                    || !prev.lowerCase() || !next.lowerCase() || !doc.midSentenceProse(i)
                    || doc.analysis.inQuotation(t.start(), t.end())
                    || view.titleCase(t.sentence(), doc.sets.get("headline_function")) || protectedName(doc, i)
                    || linkedToName(view, i, -1) || linkedToName(view, i, 1)) {
                continue;
            }
            int capitalised = doc.analysis.count(t.text());
            int lower = doc.analysis.countLower(t.text());
            if (capitalised >= 2 && capitalised > lower) {
                // "Federal" throughout: the document's (or its government's) house style
                continue;
            }
            boolean usage = lower >= 1 && lower >= capitalised;
            if (!usage && !translated) {
                // one capital and nothing else to go by: a style as likely as a translation
                continue;
            }
            String reason = "common word capitalised mid-sentence, not part of a name";
            if (usage && translated) {
                out.add(new Hit(t.start(), t.end(), t.lower(), Rules.CASING_COMMON_WORD, 0.85,
                        reason + "; the document writes '" + t.lower() + "' " + lower + " time(s) and shows"
                                + " translation casing (" + evidence + ")", false, false));
            } else {
                String partial = usage ? "the document also writes '" + t.lower() + "', but shows no other"
                        + " translation casing" : "the document shows translation casing (" + evidence
                        + ") but never writes '" + t.lower() + "'";
                out.add(new Hit(t.start(), t.end(), t.lower(), Rules.CASING_COMMON_WORD, 0.6,
                        reason + " (" + partial + ")", true, false));
            }
        }
    }

    /**
     * "Institute for Scientific and Technological Cooperation": a short
     * lower-case word joins word i to a capitalised word beyond it, so i is a
     * word of a name whose small words stay small.
     */
    private static boolean linkedToName(TextView view, int i, int step) {
        Token link = view.at(i + step);
        Token beyond = view.at(i + 2 * step);
        return link != null && beyond != null && view.sameSentence(i, i + 2 * step)
                && NAME_LINKS.contains(link.text()) && beyond.capitalised()
                && spaced(view, step < 0 ? i : i + 1) && spaced(view, step < 0 ? i - 1 : i + 2);
    }

    /**
     * Word k is an acronym ("BRICS", "EFE") in the middle of a sentence, not a
     * word of an all-capitals heading ("CIVIL SERVICE REFORM In March").
     */
    private static boolean acronymMidSentence(Document doc, int k) {
        TextView view = doc.view;
        Token t = view.get(k);
        if (!t.allCaps() || t.text().length() > MAX_ACRONYM || !t.text().chars().allMatch(Character::isLetter)
                || doc.analysis.startsSentence(t.start()) || view.clauseStart(k)) {
            return false;
        }
        Token before = view.at(k - 1);
        return before != null && !(before.allCaps() && spaced(view, k));
    }

    /**
     * Word k, left of the conjunction, is a proper noun standing alone: no
     * capitalised word joins it, so it is no part of a longer name or title
     * ("Chile And", not "Pride And" or "Read And" of "RASC Read And Shred Card").
     */
    private static boolean singleName(Document doc, int k) {
        TextView view = doc.view;
        Token beyond = view.at(k - 1);
        if (beyond != null && view.sameSentence(k - 1, k) && beyond.capitalised() && spaced(view, k)) {
            return false;
        }
        return properNoun(doc, view.get(k));
    }

    /** From word k on, right of the conjunction, a name of at most three proper nouns ("South Africa"). */
    private static boolean nameAfter(Document doc, int k) {
        TextView view = doc.view;
        int end = k;
        while (end < view.size() && end - k < 3 && view.sameSentence(k, end) && (end == k || spaced(view, end))
                && view.get(end).capitalised()) {
            end++;
        }
        Token beyond = view.at(end);
        if (end == k || beyond != null && view.sameSentence(k, end) && spaced(view, end) && beyond.capitalised()) {
            return false;
        }
        if (doc.names.lookup(view.text().substring(view.get(k).start(), view.get(end - 1).end())).isPresent()) {
            return true;
        }
        for (int j = k; j < end; j++) {
            if (!properNoun(doc, view.get(j))) {
                return false;
            }
        }
        return true;
    }

    private static boolean properNoun(Document doc, Token t) {
        return t.capitalised() && (t.allCaps() || doc.names.lookup(t.text()).isPresent()
                || doc.tagger().onlyBe(t.text(), PROPER));
    }

    /** The hit's word with its neighbours, as evidence to name: "BRICS And Shanghai". */
    private static String phraseAround(TextView view, Hit h) {
        int i = view.firstAtOrAfter(h.start());
        return view.text().substring(view.get(i - 1).start(), view.get(Math.min(i + 1, view.size() - 1)).end());
    }

    /** Only a plain space (no punctuation) before word i. */
    private static boolean spaced(TextView view, int i) {
        String gap = view.gapBefore(i);
        return !gap.isEmpty() && gap.isBlank() && gap.indexOf('\n') < 0;
    }

    /**
     * Title case around the word: the whole sentence is a headline, or the
     * run of capitalised words around it holds another capitalised function
     * word or article ("Gone With The Wind"), or is quoted.
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
}
