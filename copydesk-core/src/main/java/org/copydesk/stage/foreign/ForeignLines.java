package org.copydesk.stage.foreign;

import java.util.List;
import java.util.Locale;
import org.copydesk.core.Draft;
import org.copydesk.text.LineKind;
import org.copydesk.text.TextAnalysis;

/**
 * A short line left in the source language between English paragraphs: an
 * agency's section label or caption ("Guerra Civil", "Cárcel de Lima") that
 * the translator skipped. Too short for Lingua and for the sentence test
 * (half its lower-case words unknown), so the evidence is the taggers': every
 * word is one English does not know, one source language's tagger knows them
 * all, at least one is a common word there (not only names), and the line
 * stands alone between English text in a document that shows that source
 * language elsewhere (an agency of that language, other leftovers). The policy
 * of whole passages applies: reported by default, marked or dropped on request.
 */
final class ForeignLines {
    private static final int MAX_WORDS = 6;

    private final ForeignModel model;
    private final WordAnalyzer analyzer;

    ForeignLines(ForeignModel model, WordAnalyzer analyzer) {
        this.model = model;
        this.analyzer = analyzer;
    }

    /** Judges each short standalone line; returns the spans it took. */
    void find(Draft draft, PassagePolicy passages, List<int[]> taken, SourceSignals signals) {
        TextAnalysis analysis = draft.analysis();
        List<TextAnalysis.Line> lines = analysis.lines();
        String text = draft.text();
        for (int i = 0; i < lines.size(); i++) {
            TextAnalysis.Line line = lines.get(i);
            if (line.kind() != LineKind.PROSE && line.kind() != LineKind.HEADING || !alone(lines, i)) {
                continue;
            }
            int s = line.start();
            int e = line.end();
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s == e || ".!?:;,".indexOf(text.charAt(e - 1)) >= 0 || analysis.touchesCode(s, e)) {
                continue;
            }
            List<Token> words = Token.words(text, s, e);
            if (words.size() < 2 || words.size() > MAX_WORDS || model.names().lookup(text.substring(s, e)).isPresent()
                    || !englishAround(text, lines, i)) {
                continue;
            }
            String language = sourceLanguage(words, signals);
            if (language == null) {
                continue;
            }
            double confidence = 0.8;
            String why = "a " + words.size() + "-word line between English paragraphs; every word is unknown to English"
                    + " and known to the " + LanguageNames.of(language) + " tagger; the document "
                    + signals.evidence(language);
            passages.line(draft, s, e, language, confidence, why);
            taken.add(new int[] {s, e});
        }
    }

    /** Blank lines (or the text's edges) on both sides: a caption or label, not part of a paragraph. */
    private static boolean alone(List<TextAnalysis.Line> lines, int i) {
        return (i == 0 || lines.get(i - 1).kind() == LineKind.BLANK)
                && (i + 1 == lines.size() || lines.get(i + 1).kind() == LineKind.BLANK);
    }

    /** The nearest non-blank lines before and after are English with several words: the line sits inside English. */
    private boolean englishAround(String text, List<TextAnalysis.Line> lines, int i) {
        return english(text, lines, i, -1) && english(text, lines, i, 1);
    }

    private boolean english(String text, List<TextAnalysis.Line> lines, int i, int step) {
        for (int k = i + step; k >= 0 && k < lines.size(); k += step) {
            TextAnalysis.Line l = lines.get(k);
            if (l.kind() == LineKind.BLANK) {
                continue;
            }
            List<Token> words = Token.words(text, l.start(), l.end());
            int english = 0;
            for (Token t : words) {
                if (model.isEnglish(t.text().toLowerCase(Locale.ROOT))) {
                    english++;
                }
            }
            return words.size() >= 4 && english * 3 >= words.size() * 2;
        }
        return false;
    }

    /**
     * The language whose tagger knows every word of the line, none of them English,
     * with at least one common (non-name) word, and which the document shows as its
     * source; null when none or when two such languages tie.
     */
    private String sourceLanguage(List<Token> words, SourceSignals signals) {
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k).text().replace('\u2019', '\'');
            // the lower-case form: English lexicons list "Guerra" or "Blanco" as surnames, which says nothing here
            if (!model.isNameParticle(w) && model.isEnglish(w.toLowerCase(Locale.ROOT))
                    || model.loanwords().match(words, k) > 0) {
                // an English word or a loanword: an English label ("Fiesta Time"), not a leftover
                return null;
            }
        }
        String found = null;
        for (LanguageKit kit : model.kits().values()) {
            boolean all = true;
            boolean common = false;
            for (Token t : words) {
                String lower = t.text().toLowerCase(Locale.ROOT);
                List<Reading> readings = kit.analyse(lower);
                if (readings.isEmpty()) {
                    readings = kit.analyse(t.text());
                }
                if (readings.isEmpty()) {
                    all = false;
                    break;
                }
                common |= t.text().length() >= 4 && readings.stream()
                        .anyMatch(r -> r.pos().equals("n") || r.pos().equals("v") || r.pos().equals("adj"));
            }
            if (all && common && signals.shows(kit.code())) {
                if (found != null) {
                    return null;
                }
                found = kit.code();
            }
        }
        return found;
    }
}
