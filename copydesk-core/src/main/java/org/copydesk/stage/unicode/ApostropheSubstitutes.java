package org.copydesk.stage.unicode;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;
import org.copydesk.lexicon.Contractions;
import org.copydesk.text.LineKind;
import org.copydesk.text.TextAnalysis;

/**
 * Characters typed or converted in place of an apostrophe: an acute accent, a
 * backtick, an opening single quote or a prime ("Cuba´s", "don`t", "it‘s"), a
 * doubled ASCII apostrophe ("Mexico''s"), a closing double quote ("capital”s",
 * "the inmates” lawyers", "I”m"). The apostrophe is written in the document's own
 * style (’ when the document uses curly apostrophes, ' otherwise).
 *
 * <p>Evidence: the substitute sits inside a word that, with an apostrophe in its
 * place, is a possessive (the ending is "s") or an English contraction
 * ({@link Contractions}: "don't", "I'm", "they'll"), where English has only an
 * apostrophe. A backtick also delimits code in Markdown: it counts only inside a
 * chunk of letters on a prose line with no code span open before it. For a double
 * quote the place is not enough — it may close a quotation — so it also needs that
 * no quotation is open in the paragraph; a plural possessive ("inmates” lawyers")
 * further needs a lower-case word after it and no quotation mark at all in the
 * paragraph before it.
 */
final class ApostropheSubstitutes {
    static final String RULE = "APOSTROPHE_SUBSTITUTE";
    /** An accent, backtick, opening quote or prime between letters: "Cuba´s", "don`t", "it‘s", "Iraq′s". */
    private static final Pattern IN_WORD = Pattern.compile("(?<=\\p{L})[´`‘′](?=\\p{L})");
    private static final Pattern DOUBLED = Pattern.compile("(?<=\\p{L})''(?=s\\b)");
    private static final Pattern QUOTE_BEFORE_ENDING = Pattern.compile("(?<=\\p{L})”(?=(?:s|t|ll|re|ve|m|d)\\b)");
    private static final Pattern PLURAL_POSSESSIVE = Pattern.compile("(?<=\\p{Ll}s)”(?= \\p{Ll}{3,})");
    /** A prose word around a backtick: letters, the backtick, letters, and at most punctuation at its edges. */
    private static final Pattern PROSE_CHUNK = Pattern.compile("[(\\[\"“‘']?\\p{L}+`\\p{L}+[.,;:!?)\\]\"”’']*");

    private ApostropheSubstitutes() {
    }

    static void propose(Draft draft) {
        String t = draft.text();
        if (t.indexOf('´') < 0 && t.indexOf('`') < 0 && t.indexOf("''") < 0 && t.indexOf('”') < 0
                && t.indexOf('‘') < 0 && t.indexOf('′') < 0) {
            return;
        }
        TextAnalysis analysis = draft.analysis();
        String apostrophe = t.indexOf('’') >= 0 ? "’" : "'";
        Matcher m = IN_WORD.matcher(t);
        while (m.find()) {
            boolean prose = t.charAt(m.start()) == '`' ? backtickInProse(t, analysis, m.start())
                    : !analysis.touchesCode(m.start(), m.end());
            if (prose && contractionOrPossessive(t, m.start())) {
                draft.replace(m.start(), m.end(), apostrophe, RULE, "punctuation", 0.9,
                        "\"" + t.charAt(m.start()) + "\" inside a word that, with an apostrophe there, is a "
                                + "contraction or a possessive");
            }
        }
        m = DOUBLED.matcher(t);
        while (m.find()) {
            if (!analysis.touchesCode(m.start(), m.end())) {
                draft.replace(m.start(), m.end(), apostrophe, RULE, "punctuation", 0.9,
                        "a doubled apostrophe before a possessive s");
            }
        }
        m = QUOTE_BEFORE_ENDING.matcher(t);
        while (m.find()) {
            if (!analysis.touchesCode(m.start(), m.end()) && !analysis.quotationOpenAt(m.start())
                    && contractionOrPossessive(t, m.start())) {
                draft.replace(m.start(), m.end(), apostrophe, RULE, "punctuation", 0.88,
                        "a closing quote glued between a word and a possessive or contraction ending, "
                                + "no quotation open in the paragraph");
            }
        }
        m = PLURAL_POSSESSIVE.matcher(t);
        while (m.find()) {
            if (!analysis.touchesCode(m.start(), m.end()) && noQuoteMarkBefore(t, m.start())) {
                draft.replace(m.start(), m.end(), apostrophe, RULE, "punctuation", 0.85,
                        "a closing quote after a plural before a lower-case noun, "
                                + "and no quotation mark earlier in the paragraph: a possessive apostrophe");
            }
        }
    }

    /**
     * The word around {@code at}, with an apostrophe there, is a possessive ("Cuba's": the ending is
     * "s") or a contraction that English writes ("don't", "I'm", "they'll" - not "wha't").
     */
    private static boolean contractionOrPossessive(String t, int at) {
        int from = at;
        while (from > 0 && Character.isLetter(t.charAt(from - 1))) {
            from--;
        }
        int to = at + 1;
        while (to < t.length() && Character.isLetter(t.charAt(to))) {
            to++;
        }
        String ending = t.substring(at + 1, to);
        return ending.equals("s") || Contractions.isContraction(t.substring(from, at) + "'" + ending);
    }

    /**
     * A backtick marks code in Markdown and the analysis counts any chunk holding one as code; one
     * between the letters of a prose word ("America`s") is a typed apostrophe when the word is all
     * letters, the line is prose, and no code span opened by an earlier backtick on the line is open.
     */
    private static boolean backtickInProse(String t, TextAnalysis analysis, int at) {
        if (analysis.lineAt(at).kind() == LineKind.CODE) {
            return false;
        }
        int from = at;
        while (from > 0 && !Character.isWhitespace(t.charAt(from - 1))) {
            from--;
        }
        int to = at + 1;
        while (to < t.length() && !Character.isWhitespace(t.charAt(to))) {
            to++;
        }
        if (!PROSE_CHUNK.matcher(t.substring(from, to)).matches()) {
            return false;
        }
        int lineStart = analysis.lineAt(at).start();
        int delimiters = 0;
        for (int i = lineStart; i < at; i++) {
            if (t.charAt(i) == '`' && !(i > 0 && Character.isLetter(t.charAt(i - 1))
                    && i + 1 < t.length() && Character.isLetter(t.charAt(i + 1)))) {
                delimiters++;
            }
        }
        return delimiters % 2 == 0;
    }

    private static int paragraphStart(String t, int at) {
        int p = t.lastIndexOf("\n\n", at);
        return p < 0 ? 0 : p;
    }

    private static boolean noQuoteMarkBefore(String t, int at) {
        for (int i = paragraphStart(t, at); i < at; i++) {
            char c = t.charAt(i);
            if (c == '“' || c == '"' || c == '”') {
                return false;
            }
        }
        return true;
    }
}
