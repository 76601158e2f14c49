package org.copydesk.stage.spacing;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;

/**
 * Punctuation left over where a sentence was cut and re-joined: "summit. ,
 * which" becomes "summit, which"; doubled commas "and, , then" or ",,"
 * become one. An ellipsis (". . .") is not touched. An opening quotation mark
 * glued after the comma (". ,“We") counts as the space the quote-spacing rule
 * gives it in the same pass (it spaces “ after any comma).
 */
final class StrayPunctuationRule implements SpacingRule {
    static final String RULE = "STRAY_PUNCTUATION";
    private static final Pattern PERIOD_COMMA = Pattern.compile("(?=\\.)(?<=[\\p{L}\\p{N})\\]])\\.[ \\t]+,(?=\\s|“)");
    private static final Pattern DOUBLE_COMMA = Pattern.compile("(?=,)(?<=[\\p{L}\\p{N})\\]]),[ \\t]*,(?=\\s|“)");

    @Override
    public void apply(TextView view, SpacingLexicon lexicon, Draft draft) {
        for (MatchResult m : view.unprotectedMatches(PERIOD_COMMA)) {
            if (!isAbbreviationEnd(view.text, m.start())) {
                draft.replace(m.start(), m.end(), ",", RULE, PUNCTUATION, 0.9, "stray period before a comma");
            }
        }
        for (MatchResult m : view.unprotectedMatches(DOUBLE_COMMA)) {
            draft.replace(m.start(), m.end(), ",", RULE, PUNCTUATION, 0.9, "doubled comma");
        }
    }

    /** "U.S. ," or "Inc. ," - the period belongs to an abbreviation; only the space goes. */
    private static boolean isAbbreviationEnd(String text, int period) {
        int i = period - 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        return i >= 0 && text.charAt(i) == '.' || period - i - 1 == 1;
    }
}
