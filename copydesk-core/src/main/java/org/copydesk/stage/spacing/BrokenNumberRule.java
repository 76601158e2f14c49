package org.copydesk.stage.spacing;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;

/**
 * A number broken at its decimal point or thousands separator by a line
 * break: "$130.\n4 billion" becomes "$130.4 billion", "12,\n500 people"
 * becomes "12,500 people". Joined only when what follows is a magnitude or
 * unit (or exactly three digits after a comma); otherwise reported.
 */
final class BrokenNumberRule implements SpacingRule {
    static final String RULE = "BROKEN_NUMBER";
    private static final Pattern BROKEN = Pattern.compile(
            "([$€£¥]?)\\d[\\d,]*([.,])([ \\t]*\\n[ \\t]*)(\\d+)(?=([ \\u00a0]?(?:%|percent\\b|per cent\\b|billion\\b|million\\b"
            + "|trillion\\b|thousand\\b|bn\\b|mn\\b|km\\b|kg\\b|tonnes\\b|barrels\\b|points?\\b))?)");

    @Override
    public void apply(TextView view, SpacingLexicon lexicon, Draft draft) {
        for (MatchResult m : view.unprotectedMatches(BROKEN)) {
            boolean unit = m.group(5) != null;
            boolean thousands = m.group(2).equals(",") && m.group(4).length() == 3;
            boolean money = !m.group(1).isEmpty();
            double confidence = unit && (money || m.group(2).equals(".")) ? 0.85 : thousands ? 0.8 : 0.5;
            if (m.group(2).equals(",") && !thousands) {
                continue;
            }
            draft.replace(m.start(3), m.end(3), "", RULE, PUNCTUATION, confidence, "number broken across lines");
        }
    }
}
