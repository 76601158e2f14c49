package org.copydesk.stage.foreign;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.stage.foreign.WordAnalyzer.Analysis;
import org.copydesk.stage.foreign.WordAnalyzer.Choice;

/**
 * A word of a sentence as the foreign stage sees it, or a phrase of several
 * words (glossary phrase, compound past, elision) with its ready English.
 *
 * @param first  index of the first word
 * @param last   index of the last word
 * @param phraseEnglish  for a phrase: its English; otherwise null
 */
record Unit(int first, int last, Kind kind, Analysis analysis, String phraseEnglish, String phraseLanguage,
            boolean phraseCurated) {

    /** OTHER: English or unknown; PROTECTED: name, loanword, title; the rest are foreign. */
    enum Kind { OTHER, PROTECTED, CONTENT, FUNCTION, PHRASE }

    static Unit of(int i, Kind kind, Analysis analysis) {
        return new Unit(i, i, kind, analysis, null, null, false);
    }

    static Unit protect(int i) {
        return of(i, Kind.PROTECTED, null);
    }

    static Unit phrase(int first, int last, String english, String language, boolean curated) {
        return new Unit(first, last, Kind.PHRASE, null, english, language, curated);
    }

    boolean foreign() {
        return kind == Kind.CONTENT || kind == Kind.FUNCTION || kind == Kind.PHRASE;
    }

    int wordCount() {
        return last - first + 1;
    }

    /** The readings this unit is translated from: function readings for a function word, else content. */
    List<Choice> choices() {
        if (analysis == null) {
            return List.of();
        }
        return kind == Kind.FUNCTION ? analysis.function() : analysis.content();
    }

    /** Languages that can translate this unit. */
    List<String> languages() {
        if (kind == Kind.PHRASE) {
            return List.of(phraseLanguage);
        }
        List<String> out = new ArrayList<>();
        for (Choice c : choices()) {
            if (!out.contains(c.language())) {
                out.add(c.language());
            }
        }
        return out;
    }

    boolean isArticle() {
        return analysis != null && analysis.function().stream().anyMatch(c -> c.pos().equals("det"));
    }

    /** A function word distinctive enough to translate on its own ("según", "durante"). */
    boolean standaloneFunction() {
        if (kind != Kind.FUNCTION || analysis.englishKnown() || !analysis.content().isEmpty()
                || analysis.function().stream().noneMatch(c -> c.entry().curated())) {
            return false;
        }
        String w = analysis.word();
        return w.length() >= 5 || w.chars().anyMatch(ch -> ch > 0x7f);
    }
}
