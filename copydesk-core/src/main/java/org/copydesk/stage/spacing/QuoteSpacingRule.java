package org.copydesk.stage.spacing;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;

/**
 * A quotation mark glued to the word outside it: "today“not" becomes
 * "today “not", "said”and" becomes "said” and"; an opening mark that
 * closes an open quote ("in unprecedented level“The adviser") becomes a
 * closing one with its space. A sentence run into a quotation
 * ("airport.“We will") gets its space after the stop, and a closing mark
 * that slipped past its space (", ”he added") goes back to the comma. Straight quotes are told
 * apart by counting within the paragraph (an opening mark is preceded by an
 * even number of marks); a paragraph with an odd count is left alone. Code
 * (calls, f-strings such as print(f"…"), code lines, ranges such as "a".."zz") is never touched.
 */
final class QuoteSpacingRule implements SpacingRule {
    static final String RULE = "QUOTE_SPACING";
    private static final Pattern OPEN_AFTER_WORD = Pattern.compile("(?=“)(?<=[\\p{L}\\p{N},;:])“(?=\\p{L})");
    private static final Pattern OPEN_AFTER_STOP = Pattern.compile("(?=“)(?<=\\p{Ll}[.!?])“(?=\\p{Lu})");
    /** " “ " after a sentence end: a mark spaced on both sides opens nothing; inside a quotation it closes it. */
    private static final Pattern OPEN_SPACED_AFTER_STOP = Pattern.compile("(?= “ )(?<=[\\p{L}\\p{N}][.!?,]) “ (?=\\p{Lu})");
    private static final Pattern CLOSE_AFTER_SPACE = Pattern.compile("(?= ”)(?<=[\\p{L},.!?]) ”(?=\\p{Ll})");
    private static final Pattern CLOSE_BEFORE_WORD = Pattern.compile("(?=”)(?<=[\\p{L}.,!?])”(?=\\p{L})");
    /** f"…", r"…", b"…", rb"…": a string literal's prefix in code, never a word before a quotation. */
    private static final Pattern STRING_PREFIX = Pattern.compile("(?<!\\p{L})(?:[frbu]|rb|br|fr|rf)$");
    private static final Pattern STRAIGHT_BETWEEN_WORDS = Pattern.compile("(?=\")(?<=[\\p{L}.,!?;:])\"(?=\\p{L})");

    @Override
    public void apply(TextView view, SpacingLexicon lexicon, Draft draft) {
        for (MatchResult m : view.codeFreeMatches(OPEN_AFTER_WORD)) {
            if (insideCurlyQuote(view.text, m.start())) {
                // English nests with single quotes, so a second “ inside a quote is a closing mark typed wrong
                draft.replace(m.start(), m.end(), "” ", RULE, PUNCTUATION, 0.8,
                        "opening quote mark used to close a quote, glued to the next word");
            } else {
                draft.replace(m.start(), m.start(), " ", RULE, PUNCTUATION, 0.85, "space before an opening quote");
            }
        }
        for (MatchResult m : view.codeFreeMatches(OPEN_AFTER_STOP)) {
            // inside an open quotation the mark may be a closing one typed wrong: which, is not clear
            if (!insideCurlyQuote(view.text, m.start())) {
                draft.replace(m.start(), m.start(), " ", RULE, PUNCTUATION, 0.85,
                        "space after a full stop, before an opening quote and a capital");
            }
        }
        for (MatchResult m : view.codeFreeMatches(OPEN_SPACED_AFTER_STOP)) {
            if (insideCurlyQuote(view.text, m.start() + 1)) {
                draft.replace(m.start(), m.end(), "” ", RULE, PUNCTUATION, 0.8,
                        "opening quote mark spaced on both sides after a sentence end, in an open quotation: it closes it");
            }
        }
        for (MatchResult m : view.codeFreeMatches(CLOSE_AFTER_SPACE)) {
            if (insideCurlyQuote(view.text, m.start())) {
                draft.replace(m.start(), m.end(), "” ", RULE, PUNCTUATION, 0.8,
                        "closing quote spaced off its sentence and glued to the next word");
            }
        }
        for (MatchResult m : view.codeFreeMatches(CLOSE_BEFORE_WORD)) {
            draft.replace(m.end(), m.end(), " ", RULE, PUNCTUATION, 0.85, "space after a closing quote");
        }
        for (MatchResult m : view.codeFreeMatches(STRAIGHT_BETWEEN_WORDS)) {
            if (STRING_PREFIX.matcher(view.text).region(Math.max(0, m.start() - 2), m.start())
                    .useTransparentBounds(true).find() || betweenQuotedRange(view.text, m.start())) {
                continue;
            }
            int lineStart = view.text.lastIndexOf('\n', m.start()) + 1;
            int lineEnd = view.text.indexOf('\n', m.start());
            String line = view.text.substring(lineStart, lineEnd < 0 ? view.text.length() : lineEnd);
            if (count(line, line.length()) % 2 != 0) {
                continue;
            }
            boolean opening = count(line, m.start() - lineStart) % 2 == 0;
            if (opening) {
                draft.replace(m.start(), m.start(), " ", RULE, PUNCTUATION, 0.8, "space before an opening quote");
            } else {
                draft.replace(m.end(), m.end(), " ", RULE, PUNCTUATION, 0.8, "space after a closing quote");
            }
        }
    }

    /**
     * {@code "a".."zz"}, {@code "core"..."doc"}: two quoted strings joined by a run of dots are a range, as a
     * manual writes it; prose spaces an ellipsis from a quotation it runs into.
     */
    private static boolean betweenQuotedRange(String text, int quote) {
        int i = quote;
        while (i > 0 && text.charAt(i - 1) == '.') {
            i--;
        }
        return quote - i >= 2 && i > 0 && text.charAt(i - 1) == '"';
    }

    /** True when a curly quote opened earlier in the paragraph is still open at {@code pos}. */
    private static boolean insideCurlyQuote(String text, int pos) {
        boolean open = false;
        for (int i = text.lastIndexOf('\n', pos - 1) + 1; i < pos; i++) {
            char c = text.charAt(i);
            if (c == '“') {
                open = !open;
            } else if (c == '”') {
                open = false;
            }
        }
        return open;
    }

    private static int count(String line, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (line.charAt(i) == '"') {
                n++;
            }
        }
        return n;
    }
}
