package org.copydesk.stage.foreign;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.copydesk.core.Draft;
import org.copydesk.text.LineKind;
import org.copydesk.text.TextAnalysis;
import org.copydesk.text.SpanIndex;

/**
 * A source-language noun carried over in English spelling: its accents lost
 * ("regiao") or its Romance ending dropped and a consonant doubled the English way
 * ("differend" from Spanish "diferendo", a calque English barely knows). The word is
 * unknown to English or rare there (frequency class at most {@link WordAnalyzer#RARE}),
 * a glossary noun is the same letters once accents, doubled consonants and the final
 * vowel are restored, and that language's tagger confirms it as a noun. So little
 * spelling evidence does not rule out an English rarity or a name: it is reported with
 * the glossary's English as the suggestion, and only in a document that shows the
 * source language (an agency of that language, a note that it was translated).
 */
final class AccentlessLeftovers {
    static final String RULE = "FOREIGN_WORD_UNSURE";
    private static final int MIN_LENGTH = 6;

    private final ForeignModel model;

    AccentlessLeftovers(ForeignModel model) {
        this.model = model;
    }

    void find(Draft draft, SpanIndex taken, SourceSignals signals) {
        if (!signals.any()) {
            return;
        }
        String text = draft.text();
        TextAnalysis analysis = draft.analysis();
        for (Token t : Token.words(text, 0, text.length())) {
            String w = t.text();
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.length() < MIN_LENGTH || t.glued() || t.oddCase() || t.hasDiacritic()
                    || taken.overlaps(t.start(), t.end())
                    || model.englishFrequency(lower) > WordAnalyzer.RARE || model.names().isNameToken(w)) {
                continue;
            }
            LineKind kind = analysis.lineAt(t.start()).kind();
            if (kind != LineKind.PROSE && kind != LineKind.HEADING || analysis.touchesCode(t.start(), t.end())
                    || t.capitalised() && !titleCase(text, t) && !analysis.startsSentence(t.start())) {
                // a capital inside a sentence is a name's, unless the whole line is in title case
                continue;
            }
            for (String lang : model.languages()) {
                if (!signals.shows(lang)) {
                    continue;
                }
                Optional<Cognate> found = translation(lang, lower);
                if (found.isPresent()) {
                    String en = found.get().english();
                    String english = t.capitalised() ? en.substring(0, 1).toUpperCase(Locale.ROOT) + en.substring(1) : en;
                    draft.report(t.start(), t.end(), RULE, "foreign", 0.6,
                            "'" + w + "' is " + (model.isEnglish(lower) ? "rare in" : "not") + " English and is the "
                                    + LanguageNames.of(lang) + " noun '" + found.get().lemma()
                                    + "' in English spelling (tagger and glossary); the document " + signals.evidence(lang)
                                    + "; spelling alone, so reported, not changed", english);
                    break;
                }
            }
        }
    }

    private record Cognate(String lemma, String english) {
    }

    private Optional<Cognate> translation(String lang, String lower) {
        Glossary g = model.glossary(lang);
        LanguageKit kit = model.kits().get(lang);
        for (String key : spellings(lower)) {
            java.util.Set<String> lemmas = new java.util.LinkedHashSet<>(g.accented(key));
            lemmas.add(key);
            for (String lemma : lemmas) {
                if (lemma.equals(lower)) {
                    continue;
                }
                boolean noun = kit.analyse(lemma).stream().anyMatch(r -> r.pos().equals("n"));
                Optional<Glossary.Entry> e = g.lookup(lemma, "n");
                if (noun && e.isPresent() && !e.get().english().equalsIgnoreCase(lower)) {
                    return Optional.of(new Cognate(lemma, e.get().english()));
                }
            }
        }
        return Optional.empty();
    }

    /** The word as the source may spell it: as is, with doubled consonants single, with a Romance final vowel. */
    private static List<String> spellings(String lower) {
        String single = lower.replaceAll("([b-df-hj-np-tv-z])\\1", "$1");
        List<String> out = new java.util.ArrayList<>();
        for (String base : new java.util.LinkedHashSet<>(List.of(lower, single))) {
            out.add(base);
            if (!base.matches(".*[aeiou]")) {
                out.add(base + "o");
                out.add(base + "a");
                out.add(base + "e");
            }
        }
        return out;
    }

    /**
     * The longer words just before it are capitalised too ("Taking Border Limit Differend"):
     * a headline, where capitals say nothing about names.
     */
    private static boolean titleCase(String text, Token t) {
        List<Token> around = Token.words(text, Math.max(0, t.start() - 25), t.start());
        int caps = 0;
        for (Token x : around) {
            if (x.text().length() <= 3 || x.start() < Math.max(0, t.start() - 25) + 1 && x.start() > 0
                    && Character.isLetter(text.charAt(x.start() - 1))) {
                // short words and a word cut by the window say nothing
                continue;
            }
            if (!x.capitalised()) {
                return false;
            }
            caps++;
        }
        return caps >= 2;
    }
}
