package org.copydesk.stage.foreign;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copydesk.core.Draft;
import org.copydesk.stage.foreign.RunRenderer.Rendered;
import org.copydesk.text.SpanIndex;

/**
 * Word-level leftovers in one English sentence: classifies its words, groups
 * the foreign ones into runs, leaves deliberate quotes alone, hands clauses to
 * the passage policy, and proposes the English of the rest, in English order.
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

    private final ForeignModel model;
    private final UnitClassifier classifier;
    private final LanguageChooser languages;
    private final RunRenderer renderer;
    private final PassagePolicy passages;

    SentenceTranslator(ForeignModel model, WordAnalyzer analyzer, PassagePolicy passages) {
        this.model = model;
        this.classifier = new UnitClassifier(model, analyzer);
        this.languages = new LanguageChooser(model);
        this.renderer = new RunRenderer(model);
        this.passages = passages;
    }

    void translate(Draft draft, int from, int to, List<int[]> quotes, SpanIndex taken) {
        Sentence s = Sentence.of(draft.text(), from, to);
        if (s.size() == 0) {
            return;
        }
        Unit[] units = classifier.classify(s, taken, draft.analysis());
        if (!classifier.englishEnough(s, units)) {
            return;
        }
        Map<String, Integer> votes = new HashMap<>();
        for (Unit u : units) {
            if (u.kind() == Unit.Kind.CONTENT || u.kind() == Unit.Kind.PHRASE) {
                u.languages().forEach(l -> votes.merge(l, 1, Integer::sum));
            }
        }
        for (List<Unit> run : Runs.of(s, units)) {
            handleRun(draft, s, units, run, votes, quotes);
        }
    }

    private void handleRun(Draft draft, Sentence s, Unit[] units, List<Unit> run, Map<String, Integer> votes,
                           List<int[]> quotes) {
        int firstWord = run.get(0).first();
        int lastWord = run.get(run.size() - 1).last();
        Token first = s.word(firstWord);
        int start = first.start();
        int end = s.word(lastWord).end();
        int wordCount = lastWord - firstWord + 1;
        LanguageChooser.Ranking ranking = languages.rank(s, run, votes);
        int[] quote = enclosing(quotes, start, end);
        if (quote != null && quotedOnPurpose(s.text(), quote)) {
            String language = languages.decide(ranking);
            draft.report(start, end, RULE_QUOTED, "foreign", 0.9,
                    LanguageNames.of(language) + " words quoted on purpose: kept", null);
            draft.language(start, end, language, 0.8);
            return;
        }
        boolean quoted = quote != null || draft.analysis().inQuotation(start, end);
        if (wordCount >= CLAUSE_WORDS && passages.clause(draft, start, end, wordCount * 10 >= s.size() * 8)) {
            return;
        }
        String language;
        List<Rendered> rendered;
        if (ranking.close()) {
            List<Rendered> inBest = renderer.render(s, run, ranking.best());
            List<Rendered> inSecond = renderer.render(s, run, ranking.second());
            if (!reportable(run, inBest, ranking.best(), votes, first)
                    && !reportable(run, inSecond, ranking.second(), votes, first)) {
                // in neither language is the run worth a word ("gay", "sexual": English too, and their glossary
                // entries weak): no tie-break, so no loading of Lingua's models for nothing
                return;
            }
            language = languages.decide(ranking);
            rendered = language.equals(ranking.best()) ? inBest : inSecond;
        } else {
            language = ranking.best();
            rendered = renderer.render(s, run, language);
        }
        if (rendered == null) {
            return;
        }
        List<String> doubts = LeftoverEvidence.doubts(s, run, rendered, draft.analysis());
        boolean reordered = renderer.reorder(rendered, language);
        String english = RunRenderer.join(rendered);
        boolean romance = model.adjectiveAfterNoun(language);
        int next = lastWord + 1;
        int prev = firstWord - 1;
        if (romance && adjectiveFollows(s, next) && rendered.get(rendered.size() - 1).pos().equals("n")
                && (s.isDeterminer(prev) || rendered.get(0).pos().equals("det"))) {
            // "the líder Russian": the noun kept its Romance place before an English adjective
            english = s.word(next).text() + " " + english;
            end = s.word(next).end();
            reordered = true;
        } else if (romance && !reordered && rendered.size() == 1 && rendered.get(0).pos().equals("adj")
                && englishNounAfterDeterminer(s, prev)) {
            // "the crisis económica": a lone Romance adjective after an English noun
            english = english + " " + s.word(prev).text();
            start = s.word(prev).start();
            reordered = true;
        }
        if (s.initial(firstWord) && first.capitalised()) {
            english = english.substring(0, 1).toUpperCase(Locale.ROOT) + english.substring(1);
        }
        double confidence = confidence(run, rendered, votes.getOrDefault(language, 0), first);
        if (untranslatedNeighbour(s, units, prev, firstWord) || untranslatedNeighbour(s, units, next, lastWord)) {
            // "the fires forestales": half a translation is no better than none
            confidence = Math.min(confidence, 0.7);
        }
        if (confidence < MIN_REPORTED) {
            return;
        }
        String reason = LanguageNames.of(language) + " left untranslated: '" + s.text().substring(start, end) + "' ("
                + String.join(", ", rendered.stream().map(Rendered::source).toList()) + ")";
        if (quoted) {
            // quoted words are the speaker's: a quotation is reported, never rewritten
            draft.report(start, end, RULE_QUOTED, "foreign", confidence, reason + "; inside a quotation: kept", english);
            draft.language(start, end, language, 0.7);
            return;
        }
        if (!doubts.isEmpty()) {
            draft.report(start, end, RULE_UNSURE, "foreign", Math.min(confidence, 0.7),
                    reason + "; not changed: " + String.join("; ", doubts), english);
            return;
        }
        String rule = confidence < draft.options().applyThreshold() ? RULE_UNSURE
                : reordered ? RULE_ORDER
                : run.size() > 1 || run.get(0).kind() == Unit.Kind.PHRASE ? RULE_PHRASE : RULE_WORD;
        draft.replace(start, end, english, rule, "foreign", confidence, reason);
    }

    /** The run's rendering in {@code language} has a confidence worth at least a finding. */
    private static boolean reportable(List<Unit> run, List<Rendered> rendered, String language,
                                      Map<String, Integer> votes, Token first) {
        return rendered != null && confidence(run, rendered, votes.getOrDefault(language, 0), first) >= MIN_REPORTED;
    }

    /**
     * The weakest word decides; more than one foreign word in the run, and
     * other leftovers in the sentence, raise it. One word without letters
     * English lacks, known only to the generated glossary, stays a suggestion.
     */
    private static double confidence(List<Unit> run, List<Rendered> rendered, int sentenceVotes, Token first) {
        double confidence = rendered.stream().filter(Rendered::content).mapToDouble(Rendered::confidence)
                .min().orElse(rendered.get(0).confidence());
        long content = rendered.stream().filter(Rendered::content).count();
        if (content >= 2) {
            confidence += 0.08;
        }
        if (sentenceVotes > content) {
            confidence += 0.05;
        }
        confidence = Math.min(0.97, confidence);
        if (content == 1 && run.size() == 1 && run.get(0).kind() == Unit.Kind.CONTENT && !first.hasDiacritic()
                && rendered.get(0).source().startsWith("generated:")) {
            confidence = Math.min(confidence, 0.74);
        }
        return confidence;
    }

    /** The neighbour of a run's edge is foreign (a tagger knows it, English does not) and stays untranslated. */
    private static boolean untranslatedNeighbour(Sentence s, Unit[] units, int neighbour, int edge) {
        if (neighbour < 0 || neighbour >= units.length || units[neighbour].analysis() == null
                || !s.spacedOnly(Math.min(neighbour, edge), Math.max(neighbour, edge))) {
            return false;
        }
        WordAnalyzer.Analysis a = units[neighbour].analysis();
        // a foreign function word left outside the run ("ministre des Affaires étrangères") counts too
        return (units[neighbour].kind() == Unit.Kind.FUNCTION || units[neighbour].kind() == Unit.Kind.OTHER)
                && a.knownAbroad() && !a.englishKnown();
    }

    /** An English adjective English puts first (Russian, red) follows, and is not part of a name ("Russian Federation"). */
    private boolean adjectiveFollows(Sentence s, int next) {
        return next < s.size() && s.spacedOnly(next - 1, next) && model.movesBeforeNoun(s.word(next).text())
                && !(next + 1 < s.size() && s.word(next + 1).capitalised() && s.spacedOnly(next, next + 1));
    }

    /** Word {@code i} is a lower-case English word (taken as a noun) right after a determiner. */
    private boolean englishNounAfterDeterminer(Sentence s, int i) {
        return i >= 1 && s.spacedOnly(i - 1, i + 1) && s.isDeterminer(i - 1) && !s.isDeterminer(i)
                && !s.word(i).capitalised() && s.word(i).text().length() >= 3 && model.isEnglish(s.word(i).text());
    }

    static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] span : spans) {
            if (start < span[1] && span[0] < end) {
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

    /** Italics, or a short quote mostly foreign: the writer meant it (a motto, a title, a slogan). */
    private boolean quotedOnPurpose(String text, int[] quote) {
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
