package org.copydesk.stage.foreign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copydesk.core.Draft;
import org.copydesk.stage.foreign.WordAnalyzer.Analysis;
import org.copydesk.stage.foreign.WordAnalyzer.Choice;

/**
 * Word-level leftovers in one English sentence: finds runs of foreign words
 * (a content word, or several joined by foreign function words), leaves
 * protected ones alone (loanwords, names, titles, deliberate quotes), and
 * proposes their English: glossary lemma, inflected like the source, in
 * English order. Runs long enough to be a clause go to the passage policy.
 */
final class SentenceTranslator {
    static final String RULE_WORD = "FOREIGN_WORD";
    static final String RULE_PHRASE = "FOREIGN_PHRASE";
    static final String RULE_ORDER = "FOREIGN_WORD_ORDER";
    static final String RULE_QUOTED = "FOREIGN_QUOTED";
    static final String RULE_UNSURE = "FOREIGN_WORD_UNSURE";

    /** Below this a guess is noise: neither applied nor reported. */
    static final double MIN_REPORTED = 0.6;

    /** A clause-length run: four words or more make a passage, not a leftover. */
    static final int CLAUSE_WORDS = 4;

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his",
            "her", "its", "their", "our", "my", "your", "both", "each", "every", "another", "whose", "two", "three",
            "several", "many", "some", "all", "other", "new", "former");
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "on", "for", "with", "by", "at", "from", "to",
            "about", "into", "over", "under", "after", "before", "against", "between", "and", "or", "but");
    private static final Set<String> SUBJECTS = Set.of("he", "she", "it", "they", "we", "i", "you", "who", "which",
            "also", "then", "will", "would", "to", "not", "could", "should", "can", "may", "might", "must");

    private enum Kind { OTHER, PROTECTED, CONTENT, FUNCTION, PHRASE }

    /** One unit of a run: a word, or a glossary phrase of several words. */
    private record Unit(int first, int last, Kind kind, Analysis analysis, String phraseEnglish,
                        String phraseLanguage, boolean phraseCurated) {
    }

    /** The English for one unit once language and reading are chosen. */
    private record Rendered(String english, String pos, String language, double confidence, String source) {
    }

    private final ForeignModel model;
    private final WordAnalyzer analyzer;
    private final PassagePolicy passages;

    SentenceTranslator(ForeignModel model, WordAnalyzer analyzer, PassagePolicy passages) {
        this.model = model;
        this.analyzer = analyzer;
        this.passages = passages;
    }

    void translate(Draft draft, int from, int to, List<int[]> quotes, List<int[]> taken) {
        String text = draft.text();
        List<Token> words = Token.words(text, from, to);
        if (words.isEmpty()) {
            return;
        }
        Unit[] units = classify(text, from, words, taken);
        if (!englishEnough(words, units)) {
            return;
        }
        Map<String, Integer> votes = new HashMap<>();
        for (Unit u : units) {
            if (u != null && (u.kind() == Kind.CONTENT || u.kind() == Kind.PHRASE)) {
                languagesOf(u).forEach(l -> votes.merge(l, 1, Integer::sum));
            }
        }
        for (List<Unit> run : runs(text, words, units)) {
            handleRun(draft, text, from, words, run, votes, quotes);
        }
    }

    // ---------------------------------------------------------------- classification

    /**
     * Leftovers sit in English sentences. A sentence with two or more
     * lower-case words that neither English nor any candidate language knows
     * is something else (Latin, dialect, old spelling): no word of it is touched.
     */
    private boolean englishEnough(List<Token> words, Unit[] units) {
        int strangers = 0;
        int lower = 0;
        int english = 0;
        for (int i = 0; i < words.size(); i++) {
            Token t = words.get(i);
            if (t.capitalised() || units[i].kind() == Kind.PROTECTED) {
                continue;
            }
            lower++;
            if (model.isEnglish(t.text())) {
                english++;
            } else if (units[i].kind() == Kind.OTHER && (units[i].analysis() == null || !units[i].analysis().knownAbroad())) {
                strangers++;
            }
        }
        return strangers < 2 && english * 3 >= lower;
    }

    private Unit[] classify(String text, int sentenceStart, List<Token> words, List<int[]> taken) {
        int n = words.size();
        Unit[] units = new Unit[n];
        boolean[] title = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (units[i] != null) {
                continue;
            }
            Token t = words.get(i);
            if (t.glued() || t.oddCase() || overlaps(taken, t.start(), t.end())) {
                units[i] = protect(i);
                continue;
            }
            if (nameChain(words, i, sentenceStart, text) || i > 0 && title[i - 1] && continuesTitle(text, words, i)) {
                title[i] = !t.capitalised();
                units[i] = protect(i);
                continue;
            }
            // a glossary phrase longer than any loanword at the same place wins ("sin embargo" over "embargo")
            int loan = model.loanwords().match(words, i);
            Unit phrase = phraseAt(text, words, i, sentenceStart, units);
            if (phrase == null && !t.capitalised()) {
                phrase = compoundPast(text, words, i);
            }
            if (phrase == null && loan == 0) {
                phrase = elision(words, i);
            }
            if (phrase != null && phrase.last() - phrase.first() + 1 > loan) {
                for (int k = phrase.first(); k <= phrase.last(); k++) {
                    units[k] = phrase;
                }
                i = phrase.last();
            } else if (loan > 0) {
                for (int k = i; k < i + loan; k++) {
                    units[k] = protect(k);
                }
                i += loan - 1;
            } else {
                units[i] = word(text, sentenceStart, words, i);
            }
        }
        return units;
    }

    private static Unit protect(int i) {
        return new Unit(i, i, Kind.PROTECTED, null, null, null, false);
    }

    /** Lower-case words after a title's first words go with it ("Cien años de soledad"). */
    private boolean continuesTitle(String text, List<Token> words, int i) {
        String w = words.get(i).text().toLowerCase(Locale.ROOT);
        return spacedOnly(text, words, i - 1, i) && !words.get(i).capitalised() && !model.isEnglish(w);
    }

    private Unit word(String text, int sentenceStart, List<Token> words, int i) {
        Token t = words.get(i);
        boolean initial = initial(text, sentenceStart, words, i);
        if (model.names().isNameToken(t.text())) {
            return new Unit(i, i, Kind.PROTECTED, null, null, null, false);
        }
        if (t.capitalised() && !initial && !germanNounPosition(words, i)) {
            return new Unit(i, i, Kind.PROTECTED, null, null, null, false);
        }
        String lower = t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (model.englishFrequency(lower) > WordAnalyzer.RARE
                && model.languages().stream().noneMatch(l -> model.glossary(l).hasLemma(lower))) {
            // common English and in no glossary: not worth asking five taggers
            return new Unit(i, i, Kind.OTHER, null, null, null, false);
        }
        Analysis a = analyzer.analyse(t.text(), t.capitalised());
        if (a.aux() || a.properNoun() && t.capitalised()) {
            return new Unit(i, i, Kind.OTHER, a, null, null, false);
        }
        if (!a.function().isEmpty() && !a.content().isEmpty() && beforeNounPhrase(words, i)) {
            // "segundo the central bank": a preposition here, not the adjective "second"
            a = new Analysis(List.of(), a.function(), a.aux(), a.properNoun(), a.knownAbroad(), a.englishKnown(),
                    a.englishFrequency());
        }
        if (!a.function().isEmpty()) {
            return new Unit(i, i, Kind.FUNCTION, a, null, null, false);
        }
        if (!a.content().isEmpty() && !a.englishCommon()) {
            if (t.capitalised() && !initial && a.content().stream().noneMatch(c -> c.language().equals("de"))) {
                return new Unit(i, i, Kind.PROTECTED, null, null, null, false);
            }
            return new Unit(i, i, Kind.CONTENT, a, null, null, false);
        }
        return new Unit(i, i, Kind.OTHER, a, null, null, false);
    }

    private static boolean beforeNounPhrase(List<Token> words, int i) {
        if (i + 1 >= words.size()) {
            return false;
        }
        Token next = words.get(i + 1);
        return DETERMINERS.contains(next.text().toLowerCase(Locale.ROOT)) || next.capitalised();
    }

    /**
     * A compound past ("a dit", "ha detto", "ont annoncé"): an auxiliary
     * followed by a participle is the English simple past ("said").
     */
    private Unit compoundPast(String text, List<Token> words, int i) {
        if (i + 1 >= words.size() || !spacedOnly(text, words, i, i + 1)) {
            return null;
        }
        Token aux = words.get(i);
        Token participle = words.get(i + 1);
        if (model.isEnglish(participle.text()) || participle.capitalised() || model.loanwords().match(words, i + 1) > 0) {
            return null;
        }
        for (LanguageKit kit : model.kits().values()) {
            boolean isAux = kit.analyse(aux.text().toLowerCase(Locale.ROOT)).stream().anyMatch(r -> r.pos().equals("aux"));
            if (!isAux) {
                continue;
            }
            Analysis a = analyzer.analyse(participle.text(), false);
            for (Choice c : a.content()) {
                if (c.language().equals(kit.code()) && c.pos().equals("v")
                        && c.reading().meaning().englishForm().equals("VBN")) {
                    String english = model.inflector().inflect(c.entry().english(), "v", "VBD");
                    return new Unit(i, i + 1, Kind.PHRASE, null, english, kit.code(), c.entry().curated());
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
    private Unit elision(List<Token> words, int i) {
        Token t = words.get(i);
        String w = t.text().replace('\u2019', '\'');
        int apostrophe = w.indexOf('\'');
        if (apostrophe <= 0 || apostrophe == w.length() - 1 || model.isEnglish(w)) {
            return null;
        }
        String prefix = w.substring(0, apostrophe + 1).toLowerCase(Locale.ROOT);
        String rest = w.substring(apostrophe + 1);
        if (Character.isUpperCase(rest.codePointAt(0)) || model.isEnglish(rest)) {
            return null;
        }
        Analysis a = analyzer.analyse(rest, false);
        for (Choice c : a.content()) {
            Glossary g = model.glossary(c.language());
            Optional<Glossary.Entry> elided = g.lookup(prefix, "det").or(() -> g.lookup(prefix, "prep"));
            if (elided.isPresent() && c.pos().equals("n")) {
                String noun = model.inflector().inflect(c.entry().english(), "n", c.reading().meaning().englishForm());
                return new Unit(i, i, Kind.PHRASE, null, elided.get().english() + " " + noun, c.language(),
                        c.entry().curated());
            }
        }
        return null;
    }

    /** A glossary phrase starting at word i ("sin embargo"), longest first, in the first language that has it. */
    private Unit phraseAt(String text, List<Token> words, int i, int sentenceStart, Unit[] units) {
        for (String lang : model.languages()) {
            Glossary g = model.glossary(lang);
            for (int len = Math.min(g.longestPhrase(), words.size() - i); len >= 2; len--) {
                if (!spacedOnly(text, words, i, i + len - 1) || anyProtected(units, i, i + len - 1)) {
                    continue;
                }
                StringBuilder sb = new StringBuilder();
                boolean someUnknown = false;
                boolean capitalInside = false;
                for (int k = i; k < i + len; k++) {
                    Token t = words.get(k);
                    sb.append(k > i ? " " : "").append(t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
                    someUnknown |= !model.isEnglish(t.text().toLowerCase(Locale.ROOT));
                    capitalInside |= t.capitalised() && (k > i || !initial(text, sentenceStart, words, k));
                }
                String key = sb.toString();
                boolean particlesOnly = true;
                for (int k = i; k < i + len; k++) {
                    particlesOnly &= words.get(k).text().length() <= 3;
                }
                if (particlesOnly && !g.isCuratedPhrase(key)) {
                    continue;
                }
                Optional<String> english = g.phrase(key);
                boolean curated = g.isCuratedPhrase(key);
                if (english.isPresent() && !capitalInside && (curated || someUnknown)) {
                    return new Unit(i, i + len - 1, Kind.PHRASE, null, english.get(), lang, curated);
                }
            }
        }
        return null;
    }

    private static boolean anyProtected(Unit[] units, int a, int b) {
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
    private boolean nameChain(List<Token> words, int i, int sentenceStart, String text) {
        Token t = words.get(i);
        if (t.capitalised()) {
            return false;
        }
        if (model.isNameParticle(t.text())) {
            int before = i - 1;
            while (before >= 0 && !words.get(before).capitalised() && model.isNameParticle(words.get(before).text())
                    && i - before <= 3) {
                before--;
            }
            int after = i + 1;
            while (after < words.size() && !words.get(after).capitalised() && model.isNameParticle(words.get(after).text())
                    && after - i <= 3) {
                after++;
            }
            boolean capBefore = before >= 0 && words.get(before).capitalised()
                    && (spacedOnly(text, words, before, i) || titleAbbreviation(text, words.get(before)));
            boolean capAfter = after < words.size() && words.get(after).capitalised() && spacedOnly(text, words, i, after);
            if (capBefore && capAfter) {
                return true;
            }
        }
        if (i > 0 && spacedOnly(text, words, i - 1, i) && !model.isEnglish(t.text())) {
            Token prev = words.get(i - 1);
            boolean prevInitial = initial(text, sentenceStart, words, i - 1);
            return prev.capitalised() && !prevInitial && !model.isEnglish(prev.text())
                    && !model.isEnglish(prev.text().toLowerCase(Locale.ROOT)) && !prev.oddCase();
        }
        return false;
    }

    /** "Mr. de la Fuente": a short capitalised abbreviation and its full stop start a name. */
    private static boolean titleAbbreviation(String text, Token t) {
        return t.text().length() <= 4 && t.end() < text.length() && text.charAt(t.end()) == '.';
    }

    /** German nouns are capitalised: a capitalised word after a lower-case one and before a lower-case one. */
    private static boolean germanNounPosition(List<Token> words, int i) {
        boolean prevLower = i > 0 && (!words.get(i - 1).capitalised()
                || i == 1 && DETERMINERS.contains(words.get(0).text().toLowerCase(Locale.ROOT)));
        boolean nextLower = i + 1 >= words.size() || !words.get(i + 1).capitalised();
        return prevLower && nextLower;
    }

    private static boolean initial(String text, int sentenceStart, List<Token> words, int i) {
        if (i == 0) {
            return true;
        }
        int p = words.get(i).start() - 1;
        while (p >= sentenceStart && " \t\"“‘«(¿¡'".indexOf(text.charAt(p)) >= 0) {
            p--;
        }
        return p < sentenceStart || ":.!?\n".indexOf(text.charAt(p)) >= 0
                || text.charAt(words.get(i).start() - 1) != ' ' && "“\"«¿¡".indexOf(text.charAt(words.get(i).start() - 1)) >= 0;
    }

    // ---------------------------------------------------------------- runs

    /** Maximal stretches of foreign units joined by spaces only, with function words only inside. */
    private List<List<Unit>> runs(String text, List<Token> words, Unit[] units) {
        List<List<Unit>> out = new ArrayList<>();
        List<Unit> cur = new ArrayList<>();
        for (int i = 0; i < units.length; ) {
            Unit u = units[i];
            boolean foreign = u.kind() == Kind.CONTENT || u.kind() == Kind.FUNCTION || u.kind() == Kind.PHRASE;
            boolean joined = !cur.isEmpty() && spacedOnly(text, words, cur.get(cur.size() - 1).last(), u.first());
            if (foreign && (cur.isEmpty() || joined)) {
                cur.add(u);
            } else {
                flush(cur, out);
                cur = new ArrayList<>();
                if (foreign) {
                    cur.add(u);
                }
            }
            i = u.last() + 1;
        }
        flush(cur, out);
        return out;
    }

    private void flush(List<Unit> run, List<List<Unit>> out) {
        int a = 0;
        int b = run.size() - 1;
        // a leading article stays with its noun ("el líder ruso"); other function words at the edges are English's
        while (a <= b && run.get(a).kind() == Kind.FUNCTION && !standaloneFunction(run.get(a))
                && !(isArticle(run.get(a)) && a < b)) {
            a++;
        }
        while (b >= a && run.get(b).kind() == Kind.FUNCTION && !standaloneFunction(run.get(b))) {
            b--;
        }
        if (a > b) {
            return;
        }
        List<Unit> kept = new ArrayList<>(run.subList(a, b + 1));
        boolean anyAnchor = kept.stream().anyMatch(u -> u.kind() != Kind.FUNCTION || standaloneFunction(u));
        if (anyAnchor) {
            out.add(kept);
        }
    }

    private static boolean isArticle(Unit u) {
        return u.analysis() != null && u.analysis().function().stream().anyMatch(c -> c.pos().equals("det"));
    }

    /** A function word distinctive enough to translate on its own ("según", "durante"). */
    private boolean standaloneFunction(Unit u) {
        Analysis a = u.analysis();
        if (a == null || a.englishKnown() || !a.content().isEmpty()
                || a.function().stream().noneMatch(c -> c.entry().curated())) {
            return false;
        }
        String w = a.function().get(0).reading().lemma();
        return w.length() >= 5 || w.chars().anyMatch(ch -> ch > 0x7f);
    }

    // ---------------------------------------------------------------- translation

    private void handleRun(Draft draft, String text, int sentenceStart, List<Token> words, List<Unit> run,
                           Map<String, Integer> votes, List<int[]> quotes) {
        Token first = words.get(run.get(0).first());
        Token last = words.get(run.get(run.size() - 1).last());
        int start = first.start();
        int end = last.end();
        int wordCount = run.get(run.size() - 1).last() - run.get(0).first() + 1;
        String language = chooseLanguage(text, words, run, votes);
        int[] quote = enclosing(quotes, start, end);
        if (quote != null && quotedOnPurpose(text, quote, wordCount)) {
            draft.report(start, end, RULE_QUOTED, "foreign", 0.9,
                    LanguageNames.of(language) + " words quoted on purpose: kept", null);
            draft.language(start, end, language, 0.8);
            return;
        }
        if (wordCount >= CLAUSE_WORDS && passages.clause(draft, start, end, wordCount * 10 >= words.size() * 8)) {
            return;
        }
        List<Rendered> rendered = new ArrayList<>();
        String prevEnglish = run.get(0).first() > 0 ? words.get(run.get(0).first() - 1).text().toLowerCase(Locale.ROOT) : "";
        for (Unit u : run) {
            String nextEnglish = u.last() + 1 < words.size() ? words.get(u.last() + 1).text().toLowerCase(Locale.ROOT) : "";
            Rendered r = render(u, words.get(u.first()), language,
                    rendered.isEmpty() ? null : rendered.get(rendered.size() - 1), prevEnglish, nextEnglish,
                    !initial(text, sentenceStart, words, u.first()));
            if (r == null) {
                return;
            }
            rendered.add(r);
        }
        boolean reordered = false;
        if (model.adjectiveAfterNoun(language)) {
            for (int i = 0; i + 1 < rendered.size(); i++) {
                if (rendered.get(i).pos().equals("n") && rendered.get(i + 1).pos().equals("adj")) {
                    Rendered noun = rendered.get(i);
                    rendered.set(i, rendered.get(i + 1));
                    rendered.set(i + 1, noun);
                    reordered = true;
                    i++;
                }
            }
        }
        String english = join(rendered);
        String sourceWords = text.substring(start, end);
        // "the líder Russian": the noun kept its Romance place before an English adjective
        int nextIndex = run.get(run.size() - 1).last() + 1;
        if (model.adjectiveAfterNoun(language) && rendered.get(rendered.size() - 1).pos().equals("n")
                && nextIndex < words.size() && spacedOnly(text, words, nextIndex - 1, nextIndex)
                && model.movesBeforeNoun(words.get(nextIndex).text())
                && (DETERMINERS.contains(prevEnglish) || rendered.get(0).pos().equals("det"))
                && !(nextIndex + 1 < words.size() && words.get(nextIndex + 1).capitalised()
                        && spacedOnly(text, words, nextIndex, nextIndex + 1))) {
            Token adj = words.get(nextIndex);
            english = adj.text() + " " + english;
            end = adj.end();
            reordered = true;
        }
        // "the crisis económica": a lone Romance adjective after an English noun after a determiner
        int prevIndex = run.get(0).first() - 1;
        if (!reordered && rendered.size() == 1 && rendered.get(0).pos().equals("adj") && model.adjectiveAfterNoun(language)
                && prevIndex >= 1 && spacedOnly(text, words, prevIndex - 1, run.get(0).first())
                && DETERMINERS.contains(words.get(prevIndex - 1).text().toLowerCase(Locale.ROOT))
                && !words.get(prevIndex).capitalised() && model.isEnglish(words.get(prevIndex).text())
                && words.get(prevIndex).text().length() >= 3
                && !DETERMINERS.contains(words.get(prevIndex).text().toLowerCase(Locale.ROOT))) {
            Token noun = words.get(prevIndex);
            english = english + " " + noun.text();
            start = noun.start();
            reordered = true;
        }
        if (initial(text, sentenceStart, words, run.get(0).first()) && first.capitalised()) {
            english = english.substring(0, 1).toUpperCase(Locale.ROOT) + english.substring(1);
        }
        double confidence = rendered.stream().filter(r -> !r.pos().equals("function")).mapToDouble(Rendered::confidence)
                .min().orElse(rendered.get(0).confidence());
        long content = rendered.stream().filter(r -> !r.pos().equals("function")).count();
        if (content >= 2) {
            confidence += 0.08;
        }
        if (votes.getOrDefault(language, 0) > content) {
            confidence += 0.05;
        }
        confidence = Math.min(0.97, confidence);
        // one word, no letter English lacks, only a generated glossary behind it: a suggestion, not a fix
        if (content == 1 && run.size() == 1 && run.get(0).kind() == Kind.CONTENT && !first.hasDiacritic()
                && rendered.get(0).source().startsWith("generated:")) {
            confidence = Math.min(confidence, 0.74);
        }
        String rule = reordered ? RULE_ORDER : run.size() > 1 || run.get(0).kind() == Kind.PHRASE ? RULE_PHRASE : RULE_WORD;
        String reason = LanguageNames.of(language) + " left untranslated: '" + sourceWords + "' ("
                + String.join(", ", rendered.stream().map(Rendered::source).toList()) + ")";
        if (confidence < MIN_REPORTED) {
            return;
        }
        if (confidence < draft.options().applyThreshold()) {
            rule = RULE_UNSURE;
        }
        draft.replace(start, end, english, rule, "foreign", confidence, reason);
    }

    private static String join(List<Rendered> rendered) {
        StringBuilder sb = new StringBuilder();
        for (Rendered r : rendered) {
            if (r.english().isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(r.english());
        }
        return sb.toString();
    }

    private Rendered render(Unit u, Token token, String language, Rendered prev, String prevEnglish,
                            String nextEnglish, boolean midSentence) {
        if (u.kind() == Kind.PHRASE) {
            double c = u.phraseCurated() ? 0.9 : 0.8;
            return new Rendered(u.phraseEnglish(), "phrase", u.phraseLanguage(), c, "phrase");
        }
        Analysis a = u.analysis();
        List<Choice> pool = u.kind() == Kind.FUNCTION ? a.function() : a.content();
        List<Choice> inLanguage = pool.stream().filter(c -> c.language().equals(language)).toList();
        if (inLanguage.isEmpty()) {
            inLanguage = pool;
        }
        Choice choice = pickReading(inLanguage, prev, prevEnglish, nextEnglish, token.text());
        if (choice == null) {
            return null;
        }
        Reading r = choice.reading();
        String english = model.properCase(
                model.inflector().inflect(choice.entry().english(), r.pos(), r.meaning().englishForm()));
        if (u.kind() == Kind.FUNCTION) {
            boolean alone = standaloneFunction(u);
            return new Rendered(english, alone ? r.pos() : "function", r.language(), alone ? 0.82 : 1.0,
                    r.lemma() + "/" + r.tag());
        }
        boolean afterDeterminer = prev == null ? DETERMINERS.contains(prevEnglish) : prev.pos().equals("function");
        return new Rendered(english, r.pos(), r.language(), confidence(token, a, choice, midSentence, afterDeterminer),
                (choice.entry().curated() ? "" : "generated:") + r.lemma() + "/" + r.tag());
    }

    /**
     * How sure a single word is a leftover: English must not know it (or
     * barely); letters English lacks, a curated entry and length help; a
     * capital in mid-sentence (a German noun, or a name we do not know) hurts.
     */
    private static double confidence(Token token, Analysis a, Choice choice, boolean midSentence,
                                     boolean afterDeterminer) {
        double c = a.englishKnown() ? 0.50 : 0.72;
        if (token.hasDiacritic()) {
            c += 0.10;
        }
        if (choice.entry().curated()) {
            c += 0.06;
        }
        if (token.text().length() <= 3) {
            c -= 0.10;
        }
        if (token.capitalised()) {
            c = midSentence ? Math.min(c + 0.02, afterDeterminer ? 0.8 : 0.7) : c - 0.03;
        }
        return c;
    }

    /** English forms from most to least likely for a lone leftover verb after its subject. */
    private static final List<String> VERB_FORMS = List.of("VBD", "VBZ", "VBP", "will VB", "would VB", "VBN", "VBG", "VB");

    /**
     * Context decides between noun, adjective and verb readings; then curated
     * entries, finite verb forms, and for nouns the number the spelling shows
     * (a form other than the lemma is the plural: "Soldaten"; the lemma itself
     * the singular: "Bürgermeister").
     */
    private static Choice pickReading(List<Choice> choices, Rendered prev, String prevEnglish, String nextEnglish,
                                      String surface) {
        List<String> order;
        if (prev != null && prev.pos().equals("n")) {
            order = List.of("adj", "n", "v", "adv");
        } else if (prev != null && prev.pos().equals("function") || DETERMINERS.contains(prevEnglish)) {
            order = List.of("n", "adj", "v", "adv");
        } else if (SUBJECTS.contains(prevEnglish)) {
            order = List.of("v", "adv", "n", "adj");
        } else if (prev == null && DETERMINERS.contains(nextEnglish) && !prevEnglish.isEmpty()) {
            order = List.of("v", "n", "adj", "adv");
        } else if (prev == null && !prevEnglish.isEmpty() && !PREPOSITIONS.contains(prevEnglish)) {
            order = List.of("adj", "v", "n", "adv");
        } else {
            order = List.of("n", "adj", "v", "adv");
        }
        return choices.stream().min(Comparator
                .comparingInt((Choice c) -> order.contains(c.pos()) ? order.indexOf(c.pos()) : order.size())
                .thenComparing(c -> !c.entry().curated())
                .thenComparingInt(c -> formRank(c, surface))).orElse(null);
    }

    private static int formRank(Choice c, String surface) {
        String form = c.reading().meaning().englishForm();
        if (c.pos().equals("v")) {
            int i = VERB_FORMS.indexOf(form);
            return i < 0 ? VERB_FORMS.size() : i;
        }
        boolean plural = form.equals("NNS");
        boolean lemmaSpelling = surface.equalsIgnoreCase(c.reading().lemma());
        return plural == lemmaSpelling ? 1 : 0;
    }

    /** The run's language: letters that point to one, how many units each language reads, the sentence's votes. */
    private String chooseLanguage(String text, List<Token> words, List<Unit> run, Map<String, Integer> votes) {
        Map<String, Double> score = new HashMap<>();
        int before = run.get(0).first() - 1;
        boolean afterDeterminer = before >= 0 && DETERMINERS.contains(words.get(before).text().toLowerCase(Locale.ROOT));
        List<String> langs = model.languages();
        for (int i = 0; i < langs.size(); i++) {
            score.put(langs.get(i), -0.01 * i);
        }
        for (Unit u : run) {
            for (String l : languagesOf(u)) {
                score.merge(l, 1.0, Double::sum);
            }
            // a person chose this rendering for the language: likelier than a generated reading elsewhere;
            // after "the" a noun reading fits better than a verb
            if (u.analysis() != null) {
                Map<String, Double> bonus = new HashMap<>();
                for (Choice c : u.kind() == Kind.FUNCTION ? u.analysis().function() : u.analysis().content()) {
                    String form = c.reading().meaning().englishForm();
                    double b = (c.entry().curated() ? 0.4 : 0) + (afterDeterminer && c.pos().equals("n") ? 0.3 : 0)
                            + (c.pos().equals("v") && VERB_FORMS.indexOf(form) >= 0 && VERB_FORMS.indexOf(form) <= 2 ? 0.2 : 0);
                    bonus.merge(c.language(), b, Math::max);
                }
                bonus.forEach((l, b) -> score.merge(l, b / run.size(), Double::sum));
            }
            for (int k = u.first(); k <= u.last(); k++) {
                words.get(k).text().codePoints().forEach(cp -> {
                    Set<String> ls = model.languagesOfLetter(cp);
                    for (String l : ls) {
                        score.merge(l, 1.5 / ls.size(), Double::sum);
                    }
                });
            }
        }
        votes.forEach((l, v) -> score.merge(l, 0.3 * v, Double::sum));
        List<Map.Entry<String, Double>> ranked = score.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList();
        String best = ranked.get(0).getKey();
        if (ranked.size() > 1 && ranked.get(0).getValue() - ranked.get(1).getValue() < 0.3) {
            String second = ranked.get(1).getKey();
            // a close call: Lingua on a window of about five words breaks the tie
            int from = Math.max(0, run.get(0).first() - 2);
            int to = Math.min(words.size() - 1, run.get(run.size() - 1).last() + 2);
            String window = text.substring(words.get(from).start(), words.get(to).end());
            PassageDetector lingua = model.passages();
            if (lingua.confidence(window, second) > lingua.confidence(window, best)) {
                best = second;
            }
        }
        return best;
    }

    private static List<String> languagesOf(Unit u) {
        if (u.kind() == Kind.PHRASE) {
            return List.of(u.phraseLanguage());
        }
        if (u.analysis() == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Choice c : u.kind() == Kind.FUNCTION ? u.analysis().function() : u.analysis().content()) {
            if (!out.contains(c.language())) {
                out.add(c.language());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- helpers

    private static boolean spacedOnly(String text, List<Token> words, int a, int b) {
        for (int k = a; k < b; k++) {
            for (int p = words.get(k).end(); p < words.get(k + 1).start(); p++) {
                if (text.charAt(p) != ' ') {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (start < s[1] && s[0] < end) {
                return true;
            }
        }
        return false;
    }

    private static int[] enclosing(List<int[]> quotes, int start, int end) {
        for (int[] q : quotes) {
            if (q[0] <= start && end <= q[1]) {
                return q;
            }
        }
        return null;
    }

    /** A short quote that is all foreign: the writer meant it (a motto, a title, a slogan). */
    private boolean quotedOnPurpose(String text, int[] quote, int runWords) {
        if (quote[0] > 0 && text.charAt(quote[0] - 1) == '_') {
            return true;
        }
        List<Token> inside = Token.words(text, quote[0], quote[1]);
        if (inside.size() > 8) {
            return false;
        }
        long foreign = inside.stream().filter(t -> !model.isEnglish(t.text().toLowerCase(Locale.ROOT))).count();
        return foreign * 2 >= inside.size() || text.charAt(quote[0]) == '¡' || text.charAt(quote[0]) == '¿';
    }
}
