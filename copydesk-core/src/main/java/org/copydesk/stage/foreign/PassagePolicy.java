package org.copydesk.stage.foreign;

import java.util.List;
import org.copydesk.CleanOptions.ForeignPassages;
import org.copydesk.core.Draft;
import org.copydesk.text.TextAnalysis;

/**
 * Whole sentences and clauses in another language. They are never machine
 * translated: by the {@code foreignPassages} option they are kept (with a
 * finding and a language span), marked in place as {@code [es: …]}, or
 * dropped into the removed parts with the label "foreign".
 */
final class PassagePolicy {
    static final String RULE_PASSAGE = "FOREIGN_PASSAGE";
    static final String RULE_MARK = "FOREIGN_PASSAGE_MARK";
    static final String RULE_DROP = "FOREIGN_PASSAGE_DROP";
    static final String RULE_LABEL = "FOREIGN_LABEL_LINE";

    /**
     * Lingua's values are relative (the likeliest language scores 1.0): a
     * passage is one where a source language comes first and English scores
     * at most this much of it.
     */
    static final double MAX_ENGLISH = 0.75;

    private final ForeignModel model;

    PassagePolicy(ForeignModel model) {
        this.model = model;
    }

    /**
     * Decides whether sentence [start, end) is in another language; if so
     * applies the policy and returns true. Cheap unless half of its words
     * are unknown to English, so clean English never reaches Lingua. Code is no language's: its words
     * ("def", "kwargs", "minvalue", a line of a shell listing) are not counted, so a program quoted in
     * the text is neither a foreign passage nor a reason to load Lingua's models.
     */
    boolean sentence(Draft draft, int start, int end) {
        String text = draft.text();
        List<Token> words = Token.words(text, start, end);
        if (words.size() < 3) {
            return false;
        }
        TextAnalysis analysis = draft.analysis();
        // names are unknown to English too: judge by the lower-case words, and by real words, not particles
        int lower = 0;
        int unknownLower = 0;
        int unknownLong = 0;
        for (Token t : words) {
            if (t.capitalised() || analysis.touchesCode(t.start(), t.end()) || analysis.codeWord(t.text())) {
                continue;
            }
            lower++;
            if (!model.isEnglish(t.text().replace('\u2019', '\''))) {
                unknownLower++;
                if (t.text().length() >= 4 && !model.isNameParticle(t.text())) {
                    unknownLong++;
                }
            }
        }
        if (unknownLower * 2 < lower || unknownLong < 2) {
            return false;
        }
        // trim the sentence's own trailing whitespace so the span is the sentence itself
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return judge(draft, start, e, text.substring(start, e), true, MAX_ENGLISH);
    }

    /**
     * A run of four or more foreign words. When it is nearly the whole
     * sentence ({@code dominant}), Lingua only has to rank a source language first.
     */
    boolean clause(Draft draft, int start, int end, boolean dominant) {
        return judge(draft, start, end, draft.text().substring(start, end), false, dominant ? 1.0 : MAX_ENGLISH);
    }

    /**
     * A short standalone line the taggers and the document's signals place in a source
     * language (see {@link ForeignLines}); too short for Lingua, so the caller's evidence decides. By default
     * it is removed as the page's label; a mark or drop policy treats it as any passage.
     */
    void line(Draft draft, int start, int end, String language, double confidence, String why) {
        if (draft.options().foreignPassages() != ForeignPassages.KEEP) {
            apply(draft, start, end, draft.text().substring(start, end), language, confidence, confidence, "line", why);
            return;
        }
        // a label is no passage to keep for the reader: a section tag, a picture's alt text or file name the page
        // printed in its own language ("Guerra Siria", "Prisión de Guantánamo"); it goes to the removed parts with
        // the blank line after it, so the paragraphs around keep one blank line between them
        String text = draft.text();
        int to = end;
        while (to < text.length() && Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        draft.remove(start, to == text.length() ? end : to, "foreign", RULE_LABEL, confidence,
                LanguageNames.of(language) + " label line removed: a section label, tag or picture's text in the"
                        + " source language, not translated (" + why + ")");
    }

    private boolean judge(Draft draft, int start, int end, String passage, boolean wholeSentence, double maxEnglish) {
        PassageDetector.Verdict v = model.passages().judge(passage).orElse(null);
        if (v == null || v.confidence() < 0.999 || v.english() >= maxEnglish) {
            return false;
        }
        double confidence = Math.min(0.99, 1.0 - 0.5 * v.english());
        apply(draft, start, end, passage, v.language(), confidence, 0.9, wholeSentence ? "sentence" : "clause", null);
        return true;
    }

    private static void apply(Draft draft, int start, int end, String passage, String language, double confidence,
                              double actConfidence, String what, String why) {
        String name = LanguageNames.of(language);
        String because = why == null ? "" : " (" + why + ")";
        draft.language(start, end, language, confidence);
        ForeignPassages policy = draft.options().foreignPassages();
        switch (policy) {
            case MARK -> draft.replace(start, end, "[" + language + ": " + passage + "]", RULE_MARK, "foreign",
                    actConfidence, name + " " + what + " marked, not translated" + because);
            case DROP -> draft.remove(start, end, "foreign", RULE_DROP, actConfidence,
                    name + " " + what + " dropped" + because);
            default -> draft.report(start, end, RULE_PASSAGE, "foreign", confidence,
                    name + " " + what + " left untranslated (kept; --foreign-passages mark|drop to change)" + because,
                    null);
        }
    }
}
