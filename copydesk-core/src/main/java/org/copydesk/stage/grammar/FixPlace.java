package org.copydesk.stage.grammar;

import java.util.Locale;
import java.util.Optional;
import org.copydesk.text.LineKind;
import org.copydesk.text.TextAnalysis;

/**
 * Where an automatic grammar fix may not go, whatever the rule: code (a line
 * of code, a prompt, an identifier, markup), a heading, a table row, a
 * quotation (double quotes from {@link TextAnalysis}; single quotes and
 * backticks here, where a quoted word or example is common: 'Paris in the the
 * spring'), or a window that crosses a line break. In all of them the words
 * are as the writer meant them, or not English prose at all.
 */
final class FixPlace {
    private FixPlace() {
    }

    /** Why [from, to) of the current text is no place for an automatic fix, or empty when it is prose. */
    static Optional<String> unfit(TextAnalysis analysis, int from, int to) {
        String text = analysis.text();
        if (text.substring(from, to).indexOf('\n') >= 0) {
            return Optional.of("the words run across a line break");
        }
        if (analysis.touchesCode(from, to)) {
            return Optional.of("in code or next to an identifier");
        }
        LineKind kind = analysis.lineAt(from).kind();
        if (kind != LineKind.PROSE && kind != LineKind.LIST_ITEM) {
            return Optional.of("on a " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " line, not running prose");
        }
        if (analysis.inQuotation(from, to) || inSingleQuotes(text, analysis.lineAt(from), from, to)) {
            return Optional.of("inside a quotation, whose words are the speaker's");
        }
        return Optional.empty();
    }

    /**
     * Whether [from, to) lies between an opening single quote or backtick (at the
     * start of the line or after a space or bracket) and its closing mark on the
     * same line (followed by the end of the line, a space or punctuation). An
     * apostrophe inside a word opens nothing.
     */
    static boolean inSingleQuotes(String text, TextAnalysis.Line line, int from, int to) {
        int open = -1;
        char opener = 0;
        for (int i = line.start(); i < line.end(); i++) {
            char c = text.charAt(i);
            if (open < 0) {
                if (i >= from) {
                    return false;
                }
                if ((c == '\'' || c == '‘' || c == '`') && opensAt(text, line, i)) {
                    open = i;
                    opener = c;
                }
            } else if (closes(opener, c) && closesAt(text, line, i, open)) {
                if (open < from && i >= to) {
                    return true;
                }
                open = -1;
                if (i >= from) {
                    return false;
                }
            }
        }
        return false;
    }

    private static boolean opensAt(String text, TextAnalysis.Line line, int i) {
        boolean before = i == line.start() || Character.isWhitespace(text.charAt(i - 1))
                || "([{=,:".indexOf(text.charAt(i - 1)) >= 0 || text.charAt(i - 1) == text.charAt(i);
        return before && i + 1 < line.end() && !Character.isWhitespace(text.charAt(i + 1));
    }

    private static boolean closes(char opener, char c) {
        return opener == '‘' ? c == '’' : c == opener;
    }

    private static boolean closesAt(String text, TextAnalysis.Line line, int i, int open) {
        if (i == open + 1 && text.charAt(i) == text.charAt(open)) {
            return false; // a doubled opener (``) is still opening
        }
        boolean after = i + 1 >= line.end() || !Character.isLetterOrDigit(text.charAt(i + 1));
        return after && !Character.isWhitespace(text.charAt(i - 1));
    }
}
