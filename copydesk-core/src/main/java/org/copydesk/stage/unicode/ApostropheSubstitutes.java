package org.copydesk.stage.unicode;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;
import org.copydesk.text.TextAnalysis;

/**
 * Characters typed or converted in place of an apostrophe: an acute accent or
 * a backtick ("Cuba´s", "don`t"), a doubled ASCII apostrophe ("Mexico''s"), a
 * closing double quote ("capital”s", "the inmates” lawyers"). The apostrophe
 * is written in the document's own style (’ when the document uses curly
 * apostrophes, ' otherwise).
 *
 * <p>Evidence: the substitute sits between a word and a contraction or
 * possessive ending (s, t, ll, re, ve, d, m), where English has only an
 * apostrophe. For a double quote the place is not enough — it may close a
 * quotation — so it also needs that no quotation is open in the paragraph;
 * a plural possessive ("inmates” lawyers") further needs a lower-case word
 * after it and no quotation mark at all in the paragraph before it.
 */
final class ApostropheSubstitutes {
    static final String RULE = "APOSTROPHE_SUBSTITUTE";
    private static final Pattern ACCENT_OR_BACKTICK = Pattern.compile("(?<=\\p{L})[´`](?=(?:s|t|ll|re|ve|d|m)\\b)");
    private static final Pattern DOUBLED = Pattern.compile("(?<=\\p{L})''(?=s\\b)");
    private static final Pattern QUOTE_BEFORE_ENDING = Pattern.compile("(?<=\\p{L})”(?=(?:s|t|ll|re|ve)\\b)");
    private static final Pattern PLURAL_POSSESSIVE = Pattern.compile("(?<=\\p{Ll}s)”(?= \\p{Ll}{3,})");

    private ApostropheSubstitutes() {
    }

    static void propose(Draft draft) {
        String t = draft.text();
        if (t.indexOf('´') < 0 && t.indexOf('`') < 0 && t.indexOf("''") < 0 && t.indexOf('”') < 0) {
            return;
        }
        TextAnalysis analysis = draft.analysis();
        String apostrophe = t.indexOf('’') >= 0 ? "’" : "'";
        replaceAll(draft, analysis, ACCENT_OR_BACKTICK, apostrophe, 0.9,
                "an accent or backtick between a word and a contraction or possessive ending");
        replaceAll(draft, analysis, DOUBLED, apostrophe, 0.9, "a doubled apostrophe before a possessive s");
        Matcher m = QUOTE_BEFORE_ENDING.matcher(t);
        while (m.find()) {
            if (!analysis.touchesCode(m.start(), m.end()) && !analysis.quotationOpenAt(m.start())) {
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

    private static void replaceAll(Draft draft, TextAnalysis analysis, Pattern pattern, String apostrophe,
            double confidence, String evidence) {
        Matcher m = pattern.matcher(draft.text());
        while (m.find()) {
            if (!analysis.touchesCode(m.start(), m.end())) {
                draft.replace(m.start(), m.end(), apostrophe, RULE, "punctuation", confidence, evidence);
            }
        }
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
