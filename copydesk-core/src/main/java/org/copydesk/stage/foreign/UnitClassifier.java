package org.copydesk.stage.foreign;

import java.util.Locale;
import java.util.Optional;
import org.copydesk.stage.foreign.Unit.Kind;
import org.copydesk.stage.foreign.WordAnalyzer.Analysis;
import org.copydesk.stage.foreign.WordAnalyzer.Choice;
import org.copydesk.text.SpanIndex;
import org.copydesk.text.TextAnalysis;

/**
 * Turns a sentence's words into units: protected (names, titles, loanwords,
 * compounds), English, foreign content or function words, and foreign
 * phrases (glossary phrases, compound pasts, elisions).
 */
final class UnitClassifier {
    private final ForeignModel model;
    private final WordAnalyzer analyzer;

    UnitClassifier(ForeignModel model, WordAnalyzer analyzer) {
        this.model = model;
        this.analyzer = analyzer;
    }

    /**
     * {@code analysis}: the shared reading of the text the sentence is in. A word on a line of code or
     * preformatted text, or inside a URL, path or identifier, is the program's, not the translator's
     * ("Matched nouveau as autoconfigured driver" in a log, "# hasta la ..." in a comment): protected, and
     * no phrase reaches into it; so is a word the text also writes as code ("-lang" makes "where lang is").
     */
    Unit[] classify(Sentence s, SpanIndex taken, TextAnalysis analysis) {
        int n = s.size();
        Unit[] units = new Unit[n];
        boolean[] title = new boolean[n];
        boolean[] code = new boolean[n];
        for (int i = 0; i < n; i++) {
            code[i] = analysis.touchesCode(s.word(i).start(), s.word(i).end()) || analysis.codeWord(s.word(i).text());
        }
        for (int i = 0; i < n; i++) {
            if (units[i] != null) {
                continue;
            }
            Token t = s.word(i);
            if (code[i] || t.glued() || t.oddCase() || taken.overlaps(t.start(), t.end())) {
                units[i] = Unit.protect(i);
                continue;
            }
            if (nameChain(s, i) || i > 0 && title[i - 1] && continuesTitle(s, i)) {
                title[i] = !t.capitalised();
                units[i] = Unit.protect(i);
                continue;
            }
            // a glossary phrase longer than any loanword at the same place wins ("sin embargo" over "embargo")
            int loan = model.loanwords().match(s.words(), i);
            Unit phrase = phraseAt(s, i, units);
            if (phrase == null && !t.capitalised()) {
                phrase = compoundPast(s, i);
            }
            if (phrase == null && loan == 0) {
                phrase = elision(s, i);
            }
            if (phrase != null && reachesCode(phrase, code)) {
                phrase = null;
            }
            if (phrase != null && phrase.wordCount() > loan) {
                for (int k = phrase.first(); k <= phrase.last(); k++) {
                    units[k] = phrase;
                }
                i = phrase.last();
            } else if (loan > 0) {
                for (int k = i; k < i + loan; k++) {
                    units[k] = Unit.protect(k);
                }
                i += loan - 1;
            } else {
                units[i] = word(s, i);
            }
        }
        return units;
    }

    private static boolean reachesCode(Unit phrase, boolean[] code) {
        for (int k = phrase.first(); k <= phrase.last(); k++) {
            if (code[k]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Leftovers sit in English sentences. A sentence with two or more
     * lower-case words that neither English nor any candidate language knows,
     * or with few English words, is something else (Latin, dialect, old
     * spelling): no word of it is touched.
     */
    boolean englishEnough(Sentence s, Unit[] units) {
        int strangers = 0;
        int lower = 0;
        int english = 0;
        for (int i = 0; i < s.size(); i++) {
            Token t = s.word(i);
            if (t.capitalised() || units[i].kind() == Kind.PROTECTED) {
                continue;
            }
            lower++;
            if (model.isEnglish(t.text())) {
                english++;
            } else if (units[i].kind() == Kind.OTHER
                    && (units[i].analysis() == null || !units[i].analysis().knownAbroad())) {
                strangers++;
            }
        }
        return strangers < 2 && english * 3 >= lower;
    }

    private Unit word(Sentence s, int i) {
        Token t = s.word(i);
        boolean initial = s.initial(i);
        if (model.names().isNameToken(t.text()) || t.capitalised() && s.afterInitial(i)
                || t.capitalised() && !initial && !s.germanNounPosition(i)
                || t.capitalised() && initial && i + 1 < s.size() && s.word(i + 1).capitalised() && s.spacedOnly(i, i + 1)) {
            // a capital in name position, or a first word that starts a name ("Buenos Aires", "Casa Grande")
            return Unit.protect(i);
        }
        String lower = t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (model.englishFrequency(lower) > WordAnalyzer.RARE
                && model.languages().stream().noneMatch(l -> model.glossary(l).hasLemma(lower))) {
            // common English and in no glossary: not worth asking five taggers
            return Unit.of(i, Kind.OTHER, null);
        }
        Analysis a = analyzer.analyse(t.text(), t.capitalised());
        if (a.aux() && !nounAfterDeterminer(s, i, a) || a.properNoun() && t.capitalised()) {
            return Unit.of(i, Kind.OTHER, a);
        }
        if (!a.function().isEmpty() && !a.content().isEmpty() && s.beforeNounPhrase(i)) {
            // "segundo the central bank": a preposition here, not the adjective "second"
            a = a.withoutContent();
        }
        if (!a.function().isEmpty()) {
            return Unit.of(i, Kind.FUNCTION, a);
        }
        if (!a.content().isEmpty() && !a.englishCommon()) {
            if (t.capitalised() && !initial && a.content().stream().noneMatch(c -> c.language().equals("de"))
                    || afterNameWord(s, i) && a.content().stream().noneMatch(c -> c.pos().equals("v"))) {
                return Unit.protect(i);
            }
            return Unit.of(i, Kind.CONTENT, a);
        }
        return Unit.of(i, Kind.OTHER, a);
    }

    /**
     * "the estado of the Union", "the stato of": after an English determiner a word is a
     * noun, so a noun reading wins over the auxiliary the same form also is (Spanish and
     * Portuguese "estado" = been, Italian "stato").
     */
    private static boolean nounAfterDeterminer(Sentence s, int i, Analysis a) {
        return i > 0 && s.isDeterminer(i - 1) && s.spacedOnly(i - 1, i)
                && a.content().stream().anyMatch(c -> c.pos().equals("n"));
    }

    /**
     * A compound past ("a dit", "ha detto", "ont annoncé"): an auxiliary
     * followed by a participle is the English simple past ("said").
     */
    private Unit compoundPast(Sentence s, int i) {
        if (i + 1 >= s.size() || !s.spacedOnly(i, i + 1) || anyGlued(s, i, i + 1)) {
            return null;
        }
        Token participle = s.word(i + 1);
        if (model.isEnglish(participle.text()) || participle.capitalised()
                || model.loanwords().match(s.words(), i + 1) > 0) {
            return null;
        }
        for (LanguageKit kit : model.kits().values()) {
            if (kit.analyse(s.lower(i)).stream().noneMatch(r -> r.pos().equals("aux"))) {
                continue;
            }
            for (Choice c : analyzer.analyse(participle.text(), false).content()) {
                if (c.language().equals(kit.code()) && c.pos().equals("v")
                        && c.reading().meaning().englishForm().equals("VBN")) {
                    String english = model.inflector().inflect(c.entry().english(), "v", "VBD");
                    return Unit.phrase(i, i + 1, english, kit.code(), c.entry().curated());
                }
            }
        }
        return null;
    }

    /**
     * An elided article or preposition glued to a leftover ("l'économie",
     * "dell'economia"): the glossary's English for the elided word, then the
     * word's own translation.
     */
    private Unit elision(Sentence s, int i) {
        String w = s.word(i).text().replace('\u2019', '\'');
        int apostrophe = w.indexOf('\'');
        if (apostrophe <= 0 || apostrophe == w.length() - 1 || model.isEnglish(w)) {
            return null;
        }
        String prefix = w.substring(0, apostrophe + 1).toLowerCase(Locale.ROOT);
        String rest = w.substring(apostrophe + 1);
        if (Character.isUpperCase(rest.codePointAt(0)) || model.isEnglish(rest)) {
            return null;
        }
        for (Choice c : analyzer.analyse(rest, false).content()) {
            Glossary g = model.glossary(c.language());
            Optional<Glossary.Entry> elided = g.lookup(prefix, "det").or(() -> g.lookup(prefix, "prep"));
            if (elided.isPresent() && c.pos().equals("n")) {
                String noun = model.inflector().inflect(c.entry().english(), "n", c.reading().meaning().englishForm());
                return Unit.phrase(i, i, elided.get().english() + " " + noun, c.language(), c.entry().curated());
            }
        }
        return null;
    }

    /**
     * A glossary phrase starting at word i ("sin embargo"), longest first, in
     * the first language that has it. A generated phrase needs a word English
     * does not know and more than particles ("de la" alone is a name's).
     */
    private Unit phraseAt(Sentence s, int i, Unit[] units) {
        for (String lang : model.languages()) {
            Glossary g = model.glossary(lang);
            if (!g.startsPhrase(s.lower(i).replace('\u2019', '\''))) {
                continue; // the key below starts with this word: no phrase of this language can match
            }
            for (int len = Math.min(g.longestPhrase(), s.size() - i); len >= 2; len--) {
                int last = i + len - 1;
                if (!s.spacedOnly(i, last) || anyAssigned(units, i, last) || anyGlued(s, i, last)) {
                    continue;
                }
                StringBuilder key = new StringBuilder();
                for (int k = i; k <= last; k++) {
                    key.append(k > i ? " " : "").append(s.lower(k).replace('\u2019', '\''));
                }
                Optional<String> english = g.phrase(key.toString());
                if (english.isEmpty()) {
                    continue; // the glossary first: the lexicon look-ups below only for a phrase it has
                }
                boolean someUnknown = false;
                boolean capitalInside = false;
                boolean particlesOnly = true;
                for (int k = i; k <= last; k++) {
                    Token t = s.word(k);
                    someUnknown |= !model.isEnglish(s.lower(k));
                    capitalInside |= t.capitalised() && (k > i || !s.initial(k));
                    particlesOnly &= t.text().length() <= 3;
                }
                boolean curated = g.isCuratedPhrase(key.toString());
                if (!capitalInside && (curated || someUnknown && !particlesOnly)) {
                    return Unit.phrase(i, last, english.get(), lang, curated);
                }
            }
        }
        return null;
    }

    /** A phrase's words are all whole: the word-by-word path protects a glued word, so must a phrase ("sin embargo\uFFFD"). */
    private static boolean anyGlued(Sentence s, int a, int b) {
        for (int k = a; k <= b; k++) {
            if (s.word(k).glued()) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyAssigned(Unit[] units, int a, int b) {
        for (int k = a; k <= b; k++) {
            if (units[k] != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Name particles between capitalised words belong to a name or title
     * ("Lula da Silva", "Médicos sin Fronteras", "Mr. de la Fuente"), as does a
     * word right after a capitalised word English does not know ("Cien años").
     */
    private boolean nameChain(Sentence s, int i) {
        Token t = s.word(i);
        if (t.capitalised()) {
            return false;
        }
        if (model.isNameParticle(t.text())) {
            int before = i - 1;
            while (before >= 0 && !s.word(before).capitalised() && model.isNameParticle(s.word(before).text())
                    && i - before <= 3) {
                before--;
            }
            int after = i + 1;
            while (after < s.size() && !s.word(after).capitalised() && model.isNameParticle(s.word(after).text())
                    && after - i <= 3) {
                after++;
            }
            boolean capBefore = before >= 0 && s.word(before).capitalised()
                    && (s.spacedOnly(before, i) || s.titleAbbreviation(before));
            boolean capAfter = after < s.size() && s.word(after).capitalised() && s.spacedOnly(i, after);
            if (capBefore && capAfter) {
                return true;
            }
        }
        if (i > 0 && s.spacedOnly(i - 1, i) && !model.isEnglish(t.text())) {
            Token prev = s.word(i - 1);
            return prev.capitalised() && !s.initial(i - 1) && !model.isEnglish(prev.text()) && !prev.oddCase();
        }
        return false;
    }

    /**
     * A noun or adjective right after a capitalised word in mid-sentence ends a
     * name ("Affaires étrangères", "Partido socialista"); a verb there is a
     * leftover after its subject ("Putin dijo").
     */
    private static boolean afterNameWord(Sentence s, int i) {
        return i > 0 && s.spacedOnly(i - 1, i) && s.word(i - 1).capitalised() && !s.initial(i - 1)
                && !s.word(i - 1).oddCase();
    }

    /** Lower-case words after a title's first words go with it ("Cien años de soledad"). */
    private boolean continuesTitle(Sentence s, int i) {
        return s.spacedOnly(i - 1, i) && !s.word(i).capitalised() && !model.isEnglish(s.lower(i));
    }
}
