package org.copydesk.stage.spacing;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;

/**
 * A comma or semicolon whose space stands on the wrong side: "prices rose ,and
 * analysts", "Well ,yes" become "rose, and", "Well, yes". The mark belongs to
 * the word before it in English prose; the space was moved by a scraper that
 * re-joined text runs. Both neighbours must be words the lexicon knows (or a
 * number before the mark), so option lists ("-o a ,b"), code and CSV-like
 * runs ("x ,y ,z": more than one such mark on the line) stay; a line that
 * writes the shape more than once has a style, and is only reported.
 */
final class SwappedCommaSpaceRule implements SpacingRule {
    static final String RULE = "COMMA_SPACE_SWAPPED";
    private static final Pattern SWAPPED = Pattern.compile("(?=[ \\t])(?<=[\\p{L}\\p{N})\\]”’\"%])[ \\t]+([,;])(?=\\p{L})");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+|\\p{N}[\\p{N},.]*)[)\\]”’\"%]?$");

    @Override
    public void apply(TextView view, SpacingLexicon lexicon, Draft draft) {
        for (MatchResult m : view.codeFreeMatches(SWAPPED)) {
            Matcher after = Words.TOKEN.matcher(view.text).region(m.end(), view.text.length());
            String lineBefore = view.text.substring(view.text.lastIndexOf('\n', m.start()) + 1, m.start());
            Matcher before = WORD_BEFORE.matcher(lineBefore);
            if (!after.lookingAt() || !before.find()) {
                continue;
            }
            String left = before.group(1);
            String right = after.group();
            boolean leftKnown = Character.isDigit(left.charAt(0)) || lexicon.isWhole(left);
            if (!leftKnown || !lexicon.isWhole(right)) {
                continue;
            }
            int lineEnd = view.text.indexOf('\n', m.end());
            String line = lineBefore + view.text.substring(m.start(), lineEnd < 0 ? view.text.length() : lineEnd);
            String reason = "space before \"" + m.group(1) + "\" instead of after it";
            if (SWAPPED.matcher(line).results().count() > 1) {
                draft.report(m.start(), m.end(), RULE, PUNCTUATION, 0.5,
                        reason + ", but the line writes this more than once: a list or a style", m.group(1) + " ");
            } else {
                draft.replace(m.start(), m.end(), m.group(1) + " ", RULE, PUNCTUATION, 0.85, reason);
            }
        }
    }
}
