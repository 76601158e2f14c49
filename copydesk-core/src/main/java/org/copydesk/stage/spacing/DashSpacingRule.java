package org.copydesk.stage.spacing;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;

/**
 * An en or em dash spaced on one side only: "Ukraine– he added" becomes
 * "Ukraine – he added". Closed dashes ("2019–2020", "Russia–China",
 * "word—word") and suspended compounds ("pre– and post-war") stay. Where the
 * document sets its em dashes closed ("family—and Senior herself— had": more
 * closed than spaced ones), the stray space goes instead, so the pair matches.
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
        int closed = count(CLOSED_EM, view.text);
        int spaced = count(SPACED_EM, view.text);
        boolean closedStyle = closed > spaced;
        String style = "the document sets " + closed + " em dashes closed and " + spaced + " spaced";
        for (MatchResult m : view.codeFreeMatches(GLUED_BEFORE)) {
            // "pre– and post-war": an en dash before "and" closes a suspended compound; an em dash never does
            if (view.text.charAt(m.start()) == '–' && m.group(1).matches("and|or|to|nor")) {
                continue;
            }
            if (closedStyle && view.text.charAt(m.start()) == '—') {
                draft.replace(m.end(), m.start(1), "", RULE, PUNCTUATION, 0.8, "em dash spaced on one side only; " + style);
            } else {
                draft.replace(m.start(), m.start(), " ", RULE, PUNCTUATION, 0.85, "dash spaced on one side only");
            }
        }
        for (MatchResult m : view.codeFreeMatches(GLUED_AFTER)) {
            if (closedStyle && view.text.charAt(m.start()) == '—') {
                int from = m.start();
                while (from > 0 && view.text.charAt(from - 1) == ' ') {
                    from--;
                }
                draft.replace(from, m.start(), "", RULE, PUNCTUATION, 0.8, "em dash spaced on one side only; " + style);
            } else {
                draft.replace(m.end(), m.end(), " ", RULE, PUNCTUATION, 0.85, "dash spaced on one side only");
            }
        }
    }

    /** An em dash between two words, closed up ("family—and"), and one with a space on both sides. */
    private static final Pattern CLOSED_EM = Pattern.compile("(?<=[\\p{L}\\p{N}])—(?=\\p{L})");
    private static final Pattern SPACED_EM = Pattern.compile(" — ");

    private static int count(Pattern p, String text) {
        int n = 0;
        java.util.regex.Matcher m = p.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
