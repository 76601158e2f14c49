package org.copydesk.stage.spacing;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;

/**
 * An en or em dash spaced on one side only: "Ukraine– he added" becomes
 * "Ukraine – he added". Closed dashes ("2019–2020", "Russia–China",
 * "word—word") and suspended compounds ("pre– and post-war") stay.
 */
final class DashSpacingRule implements SpacingRule {
    static final String RULE = "DASH_SPACING";
    private static final Pattern GLUED_BEFORE = Pattern.compile("(?=[–—])(?<=[\\p{L}\\p{N}.,)”’\"])[–—](?= +(\\p{L}+))");
    private static final Pattern GLUED_AFTER = Pattern.compile("(?=[–—])(?<=[\\p{L}\\p{N}.,)”’\"] )[–—](?=[\\p{L}\\p{N}“‘(])");

    @Override
    public void apply(TextView view, SpacingLexicon lexicon, Draft draft) {
        if (view.text.indexOf('–') < 0 && view.text.indexOf('—') < 0) {
            return; // both patterns need a dash; most texts have none, and a look-behind scan tries every position
        }
        for (MatchResult m : view.codeFreeMatches(GLUED_BEFORE)) {
            if (m.group(1).matches("and|or|to|nor")) {
                continue;
            }
            draft.replace(m.start(), m.start(), " ", RULE, PUNCTUATION, 0.85, "dash spaced on one side only");
        }
        for (MatchResult m : view.codeFreeMatches(GLUED_AFTER)) {
            draft.replace(m.end(), m.end(), " ", RULE, PUNCTUATION, 0.85, "dash spaced on one side only");
        }
    }
}
