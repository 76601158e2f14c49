package org.copydesk.stage.spacing;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;
import org.copydesk.text.Columns;

/**
 * Two spaces between two words inside a sentence, where markup was stripped:
 * "the  president" becomes "the president". What stays is layout or a
 * convention, not damage:
 * <ul>
 * <li>lines of code, preformatted or indented text and table rows (the shared
 * analysis), and lines laid out in columns (a gap of four or more spaces,
 * a tab, three wide gaps, or a gap that ends where one on the line above or
 * below ends: " eq  equality" over " ne  inequality");</li>
 * <li>two spaces after a sentence or a colon ("ended.  The"): the typewriter
 * convention; a text that uses it again and again also keeps its wide gaps
 * before a capital or a bracket, and a doubled space inside one of its
 * sentences is the author's typing, not stripped markup: only reported;</li>
 * <li>a gap next to a symbol or before a number ("Nov  5", "disk  - faster"),
 * or of three spaces after one: alignment as often as damage, so only reported;</li>
 * <li>three spaces between two words in a text that writes no spaced dash ("higher   a sixth of
 * callers"): the shape a converter leaves when it turns a dash into a space, so collapsing the gap
 * would hide the lost dash; reported with a dash as the suggestion.</li>
 * </ul>
 */
final class DoubleSpaceRule implements SpacingRule {
    static final String RULE = "DOUBLE_SPACE";
    private static final Pattern GAP = Pattern.compile("(?=[ \\u00a0]{2})(?<=\\S)[ \\u00a0]{2,}(?=\\S)");
    private static final Pattern COLUMN_GAP = Pattern.compile("\\S(?:[ \\u00a0]{4,}|\\t)\\S");
    private static final Pattern TYPEWRITER_SENTENCE = Pattern.compile("[.!?]  (?=[A-Z])");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:][\"”’')\\]]*$");
    private static final int TYPEWRITER_MIN = 3;
    /** A dash between spaces, as the text's own punctuation: " – ", " — ", " - ", " -- ". */
    private static final Pattern SPACED_DASH = Pattern.compile("\\S [\u2013\u2014-]{1,2} \\S");

    @Override
    public void apply(TextView view, SpacingLexicon lexicon, Draft draft) {
        String text = view.text;
        boolean typewriter = TYPEWRITER_SENTENCE.matcher(text).results().limit(TYPEWRITER_MIN).count() >= TYPEWRITER_MIN;
        boolean writesDashes = SPACED_DASH.matcher(text).find();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            List<MatchResult> gaps = GAP.matcher(line).results().toList();
            if (!gaps.isEmpty() && gaps.size() < 3 && !view.isLayoutLine(lineStart)
                    && !COLUMN_GAP.matcher(line).find()) {
                for (MatchResult g : gaps) {
                    gap(view, draft, line, g, lineStart, typewriter, writesDashes);
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    private static void gap(TextView view, Draft draft, String line, MatchResult g, int lineStart, boolean typewriter,
                            boolean writesDashes) {
        int start = lineStart + g.start();
        int end = lineStart + g.end();
        if (SENTENCE_END.matcher(line.substring(0, g.start())).find() || typewriter && isSegmentBreak(line, g)
                || view.isCode(start, end) || Columns.alignedWithNeighbour(view.text, lineStart, g.end())) {
            return;
        }
        char before = line.charAt(g.start() - 1);
        char after = line.charAt(g.end());
        boolean between = (Character.isLetterOrDigit(before) || ",;)”’\"%".indexOf(before) >= 0)
                && (Character.isLetter(after) || "(“‘\"".indexOf(after) >= 0);
        int width = g.end() - g.start();
        // three spaces are alignment after a number or symbol ("29   printf"), damage between two words
        between &= width == 2 || width == 3 && Character.isLetter(before) && Character.isLetter(after);
        if (between && width == 3 && !writesDashes) {
            draft.report(start, end, RULE, WHITESPACE, 0.5, "three spaces between words in a text that writes no"
                    + " spaced dash: a dash a converter turned into a space, or a doubled space", " \u2013 ");
        } else if (between && !typewriter) {
            draft.replace(start, end, " ", RULE, WHITESPACE, 0.9, "doubled space between words");
        } else if (between) {
            draft.report(start, end, RULE, WHITESPACE, 0.5,
                    "doubled space between words in a text typed with two spaces after its sentences", " ");
        } else {
            draft.report(start, end, RULE, WHITESPACE, 0.5,
                    "wide space next to a symbol or number, or of three spaces: alignment or damage", " ");
        }
    }

    /** A gap before a capital or bracket, as typewriter style puts them between segments. */
    private static boolean isSegmentBreak(String line, MatchResult gap) {
        char before = line.charAt(gap.start() - 1);
        char after = line.charAt(gap.end());
        return ";\"”’)]".indexOf(before) >= 0 || Character.isUpperCase(after) || "([\"“".indexOf(after) >= 0;
    }
}
