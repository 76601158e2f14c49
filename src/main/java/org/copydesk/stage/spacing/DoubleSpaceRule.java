package org.copydesk.stage.spacing;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;

/**
 * Two or more spaces between words inside a line, where markup was
 * stripped: "the  president" becomes "the president". Indentation and lines
 * laid out as columns (three or more wide gaps) stay. A text written in
 * typewriter style (two spaces after its sentences, again and again) keeps
 * its wide gaps before a sentence or a bracketed label; only gaps inside a
 * sentence go.
 */
final class DoubleSpaceRule implements SpacingRule {
    static final String RULE = "DOUBLE_SPACE";
    private static final Pattern GAP = Pattern.compile("(?<=\\S)[ \\u00a0]{2,}(?=\\S)");
    private static final Pattern TYPEWRITER_SENTENCE = Pattern.compile("[.!?]  (?=[A-Z])");
    private static final int TYPEWRITER_MIN = 3;

    @Override
    public void apply(TextView view, SpacingLexicon lexicon, Draft draft) {
        String text = view.text;
        boolean typewriter = TYPEWRITER_SENTENCE.matcher(text).results().limit(TYPEWRITER_MIN).count() >= TYPEWRITER_MIN;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            List<MatchResult> gaps = GAP.matcher(line).results().toList();
            if (gaps.size() < 3) {
                for (MatchResult g : gaps) {
                    int start = lineStart + g.start();
                    int end = lineStart + g.end();
                    if (!(typewriter && isSegmentBreak(line, g)) && !view.isProtected(start, end)) {
                        draft.replace(start, end, " ", RULE, WHITESPACE, 0.9, "doubled space");
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /** A gap after sentence punctuation, or before a capital or bracket, as typewriter style puts them. */
    private static boolean isSegmentBreak(String line, MatchResult gap) {
        char before = line.charAt(gap.start() - 1);
        char after = line.charAt(gap.end());
        return ".!?:;\"”’)]".indexOf(before) >= 0 || Character.isUpperCase(after) || "([\"“".indexOf(after) >= 0;
    }
}
