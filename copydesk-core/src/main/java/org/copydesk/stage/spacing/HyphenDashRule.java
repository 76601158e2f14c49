package org.copydesk.stage.spacing;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.CleanOptions;
import org.copydesk.core.Draft;

/**
 * Two or three hyphens typed for a dash. On their own they are a typewriter
 * convention, not damage ("fear--not absence of fear", "liberty --- not
 * coercion" in reST): clean English writes them by the hundred, so they stay.
 * What is damage is the dateline of an agency feed whose dash lost its spaces
 * and glued the story to the agency code: "Havana, May 2 (AP)---Kenya has".
 * That becomes an em dash. Elsewhere, in a text that uses real dashes (— or –)
 * too, the hyphens are reported as a mix of styles; otherwise nothing happens.
 * Never touched: code and table lines, command-line options ("--verbose"),
 * rules and underlines ("-----"), decrements, URLs and identifiers, ranges
 * ("10--20"). A text asking for straight typography keeps its hyphens.
 */
final class HyphenDashRule implements SpacingRule {
    static final String RULE = "HYPHEN_DASH";
    /** Closed (x--y) or spaced on both sides (x -- y); never a one-sided "--option". */
    private static final Pattern HYPHENS = Pattern.compile(
            "(?=[- ])(?<=[\\p{L}\\p{N})\\]”’\"])(?:(?<!-)-{2,3}(?![-\\s])|[ ]-{2,3}[ ](?!-))(?=[\\p{L}(“‘\"\\p{N}])");
    /** An agency code in brackets right before the hyphens: "(AP)", "(RHC)", "(EFE)". */
    private static final Pattern AGENCY_BEFORE = Pattern.compile("\\(\\p{Lu}{2,8}\\)$");
    private static final Pattern TOKEN_BEFORE = Pattern.compile("(\\p{L}+)[)\\]”’\"]?$|\\p{N}$");

    @Override
    public void apply(TextView view, SpacingLexicon lexicon, Draft draft) {
        if (draft.options().quotes() == CleanOptions.QuoteStyle.STRAIGHT) {
            return;
        }
        if (!view.text.contains("--")) {
            return; // every branch of the pattern needs two hyphens in a row
        }
        boolean realDashes = view.text.indexOf('—') >= 0 || view.text.indexOf('–') >= 0;
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
            String reason = "hyphens typed for a dash between \"" + (left == null ? "number" : left) + "\" and \""
                    + right + "\"";
            String linePart = view.text.substring(lineStart, m.start());
            if (!spaced && AGENCY_BEFORE.matcher(linePart).find()) {
                draft.replace(m.start(), m.end(), "—", RULE, PUNCTUATION, 0.85,
                        reason + ", glued to an agency code in a dateline");
            } else if (realDashes) {
                draft.report(m.start(), m.end(), RULE, PUNCTUATION, 0.5,
                        reason + ", in a text that also writes real dashes", spaced ? " — " : "—");
            }
        }
    }

    private static int skipOpeners(String text, int i) {
        while (i < text.length() && "(“‘\"".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}
