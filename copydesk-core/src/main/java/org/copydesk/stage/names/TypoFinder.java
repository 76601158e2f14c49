package org.copydesk.stage.names;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.copydesk.core.Draft;
import org.copydesk.lexicon.NameLexicon;
import org.copydesk.lexicon.NameLexicon.Entity;
import org.copydesk.lexicon.NameScripts;
import org.copydesk.lexicon.NameStyle;
import org.copydesk.text.SpanIndex;
import org.copydesk.text.TextAnalysis;

/**
 * A listed surname with two letters swapped ("Zelenksy") where the same document spells
 * it right: the swapped form is a slip, and the document's own spelling is the evidence.
 * Only capitalised words of running text that are neither English words nor words of
 * any listed name, five letters or longer, and only the swap of two neighbouring
 * letters: nothing looser, so another person's name is never taken for it.
 */
final class TypoFinder {
    private static final int MIN_LETTERS = 5;

    private final NameLexicon names;
    private final Predicate<String> commonWord;

    TypoFinder(NameLexicon names, Predicate<String> commonWord) {
        this.names = names;
        this.commonWord = commonWord;
    }

    /** {@code house} is the chosen house style, or null for the default style (the document's own usage). */
    void find(Draft draft, TextAnalysis analysis, List<Mention> mentions, DocumentUsage usage, NameStyle house) {
        List<Entity> entities = usage.entities();
        if (entities.isEmpty()) {
            return;
        }
        String text = draft.text();
        // asked for every candidate word: a binary search, not a scan of every mention (quadratic on a long document)
        SpanIndex inMentions = SpanIndex.of(mentions, Mention::start, Mention::end);
        for (Token t : Token.tokenise(text)) {
            if (!candidate(t) || inMentions.overlaps(t.start(), t.end()) || !analysis.inProse(t.start())
                    || analysis.touchesCode(t.start(), t.end()) || analysis.inQuotation(t.start(), t.end())) {
                continue;
            }
            for (Entity e : entities) {
                String used = usage.surnameForms(e).stream().filter(f -> swapped(t.text(), f)).findFirst().orElse(null);
                if (used == null) {
                    continue;
                }
                String target = house != null ? house.shortForm(e) : usage.surname(e).orElse(used);
                draft.replace(t.start(), t.end(), target, NamesStage.SPELLING, "names", 0.8,
                        "two letters swapped in " + used + ", which this document uses (" + usage.evidence(e) + ")");
                break;
            }
        }
    }

    private boolean candidate(Token t) {
        return t.script() == NameScripts.Script.LATIN && t.capitalised() && !t.allCaps()
                && t.text().length() >= MIN_LETTERS && !names.isNameToken(t.text())
                && !commonWord.test(t.text().toLowerCase(Locale.ROOT));
    }


    /** {@code a} is {@code b} with two neighbouring letters (not the first) exchanged. */
    static boolean swapped(String a, String b) {
        if (a.length() != b.length() || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i > 0 && i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
    }
}
