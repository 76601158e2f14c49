package org.copydesk.stage.spacing;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;

/**
 * Space before a comma, period, colon, semicolon, question or exclamation
 * mark: "the summit , which" becomes "the summit, which". Ellipses written
 * with spaced periods (". . .") and emoticons stay.
 */
final class SpaceBeforePunctuationRule implements SpacingRule {
    static final String RULE = "SPACE_BEFORE_PUNCTUATION";
    private static final Pattern SPACE_THEN_MARK = Pattern.compile(
            "(?<=[\\p{L}\\p{N})\\]”’%])[ \\t]+([,;:!?.])(?=\\s|$|[”’\"])", Pattern.MULTILINE);

    @Override
    public void apply(TextView view, SpacingLexicon lexicon, Draft draft) {
        for (MatchResult m : view.unprotectedMatches(SPACE_THEN_MARK)) {
            if (m.group(1).equals(".") && nextNonSpace(view.text, m.end()) == '.') {
                continue;
            }
            draft.replace(m.start(), m.start(1), "", RULE, PUNCTUATION, 0.85,
                    "space before \"" + m.group(1) + "\"");
        }
    }

    private static char nextNonSpace(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return text.charAt(i);
            }
        }
        return 0;
    }
}
