package org.copydesk.stage.spacing;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.CleanOptions;
import org.copydesk.core.Draft;

/**
 * Two or three hyphens typed for a dash between words: "(AP)---Kenya has",
 * "the plan--which failed--was". They become an em dash, closed when the
 * hyphens were closed ("plan—which") and spaced when they were spaced
 * ("plan — which"). Not touched: code and table lines, command-line options
 * ("--verbose": a space before the hyphens and none after), rules and
 * underlines ("-----", four hyphens or more), decrements ("i--"), URLs and
 * identifiers, and words that are not English words or names on either side
 * (a BEM class "button--primary"). A text asking for straight typography
 * (--quotes straight) keeps its hyphens.
 */
final class HyphenDashRule implements SpacingRule {
    static final String RULE = "HYPHEN_DASH";
    /** Closed (x--y) or spaced on both sides (x -- y); never a one-sided "--option". */
    private static final Pattern HYPHENS = Pattern.compile(
            "(?<=[\\p{L}\\p{N})\\]”’\"])(?:(?<!-)-{2,3}(?![-\\s])|[ ]-{2,3}[ ](?!-))(?=[\\p{L}(“‘\"\\p{N}])");
    private static final Pattern TOKEN_BEFORE = Pattern.compile("(\\p{L}+)[)\\]”’\"]?$|\\p{N}$");

    @Override
    public void apply(TextView view, SpacingLexicon lexicon, Draft draft) {
        if (draft.options().quotes() == CleanOptions.QuoteStyle.STRAIGHT) {
            return;
        }
        for (MatchResult m : view.codeFreeMatches(HYPHENS)) {
            int lineStart = view.text.lastIndexOf('\n', m.start()) + 1;
            Matcher before = TOKEN_BEFORE.matcher(view.text.substring(lineStart, m.start()));
            Matcher after = Words.TOKEN.matcher(view.text).region(skipOpeners(view.text, m.end()), view.text.length());
            if (!before.find() || !after.lookingAt()) {
                continue;
            }
            String left = before.group(1);
            String right = after.group();
            boolean leftOk = left == null || lexicon.isWhole(left) || Words.isAllUpper(left) && left.length() <= 6;
            boolean rightOk = lexicon.isWhole(right) || Words.isCapitalised(right) && lexicon.isWhole(
                    right.toLowerCase(java.util.Locale.ROOT));
            if (!leftOk || !rightOk) {
                continue;
            }
            boolean spaced = m.group().startsWith(" ");
            draft.replace(m.start(), m.end(), spaced ? " — " : "—", RULE, PUNCTUATION, 0.85,
                    "hyphens typed for a dash between \"" + (left == null ? "number" : left) + "\" and \"" + right + "\"");
        }
    }

    private static int skipOpeners(String text, int i) {
        while (i < text.length() && "(“‘\"".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}
