package org.copydesk.stage.spacing;

import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;

/**
 * A word cut by a line break without a hyphen, where a scraper split a text
 * run ("the gov\nernment said", "a t\nhe"): the pieces are joined when
 * together they make a common word and neither is a word by itself (a single
 * letter may be: "a\nnother"), so two words that merely stand on two lines
 * ("the\nend") are never joined. A paragraph that opens with one letter alone
 * on its line ("T" over "he Federal Reserve") is a drop capital pulled out of
 * its word; it is joined whatever the rest is, if the whole is a common word,
 * and takes a capital as the paragraph's first word.
 * Code, tables and preformatted lines are never touched.
 */
final class BrokenLineWordRule implements SpacingRule {
    static final String RULE = "WORD_BROKEN_LINE";
    private static final Pattern PIECES = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’\\-.])(\\p{L}++)[ \\t]*\\n[ \\t]*(\\p{Ll}+)(?![\\p{L}\\p{N}'’\\-])");

    @Override
    public void apply(TextView view, SpacingLexicon lexicon, Draft draft) {
        if (!view.hasLineBreakAfter(Character::isLetter)) {
            return; // PIECES needs a letter right before a line break
        }
        for (MatchResult m : view.codeFreeMatches(PIECES)) {
            String left = m.group(1);
            String right = m.group(2);
            String joined = left + right;
            if (!(Words.isAllLower(joined) || Words.isCapitalised(joined)) || !lexicon.isWord(joined)
                    || lexicon.frequency(joined) < SpacingLexicon.COMMON) {
                continue;
            }
            boolean dropCap = left.length() == 1 && isWholeLine(view.text, m.start(1), m.end(1))
                    && opensParagraph(view.text, m.start(1));
            boolean leftPiece = left.length() == 1 || !lexicon.isWhole(left);
            if (dropCap) {
                String fixed = left.toUpperCase(Locale.ROOT) + right;
                draft.replace(m.start(1), m.end(2), fixed, RULE, WHITESPACE, 0.8,
                        "a paragraph's first letter alone on its line (a drop capital): \"" + fixed + "\"");
            } else if (leftPiece && !lexicon.isWhole(right)) {
                draft.replace(m.start(1), m.end(2), joined, RULE, WHITESPACE, 0.85,
                        "a word cut by a line break: \"" + left + "\" + \"" + right + "\", neither a word alone");
            }
        }
    }

    private static boolean isWholeLine(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        return text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip().length() == end - start;
    }

    /** The text's first line, or a line after a blank one. */
    private static boolean opensParagraph(String text, int pos) {
        int lineStart = text.lastIndexOf('\n', pos - 1) + 1;
        if (lineStart == 0) {
            return text.substring(0, pos).isBlank();
        }
        int previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
        return text.substring(previousStart, lineStart - 1).isBlank();
    }
}
