package org.copydesk.stage.spacing;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;

/**
 * Space before a comma, period, colon, semicolon, question or exclamation
 * mark: "the summit , which" becomes "the summit, which". Ellipses written
 * with spaced periods (". . ."), emoticons, code and preformatted lines stay.
 *
 * <p>Only a comma or full stop is repaired whatever follows. A space before
 * "?", "!", ":" or ";" is also a typographic style (French spacing, play
 * scripts, "Title : Subtitle"), so it is repaired only where the evidence
 * is strong: a colon or semicolon between two lower-case words of running
 * prose ("so far : immediately") in a text that does not space such marks
 * elsewhere. The rest is reported.
 */
final class SpaceBeforePunctuationRule implements SpacingRule {
    static final String RULE = "SPACE_BEFORE_PUNCTUATION";
    private static final Pattern SPACE_THEN_MARK = Pattern.compile(
            "(?<=[\\p{L}\\p{N})\\]”’%])[ \\t]+([,;:!?.])(?=\\s|$|[”’\"])", Pattern.MULTILINE);
    private static final Pattern SPACED_STYLE_MARK = Pattern.compile("(?<=[\\p{L}\\p{N}\"”)]) [!?:;](?=\\s|$|[\"”])",
            Pattern.MULTILINE);
    private static final Pattern LOWER_WORD_AFTER = Pattern.compile("[ \\t]+\\p{Ll}{2}");

    @Override
    public void apply(TextView view, SpacingLexicon lexicon, Draft draft) {
        long styled = view.codeFreeMatches(SPACED_STYLE_MARK).size();
        for (MatchResult m : view.codeFreeMatches(SPACE_THEN_MARK)) {
            String mark = m.group(1);
            if (mark.equals(".") && nextNonSpace(view.text, m.end()) == '.') {
                continue;
            }
            if (mark.equals(",") || mark.equals(".")) {
                draft.replace(m.start(), m.start(1), "", RULE, PUNCTUATION, 0.85, "space before \"" + mark + "\"");
            } else if ((mark.equals(":") || mark.equals(";")) && styled < 2 && betweenLowerCaseWords(view.text, m)) {
                draft.replace(m.start(), m.start(1), "", RULE, PUNCTUATION, 0.85,
                        "space before \"" + mark + "\" between two lower-case words of running prose");
            } else {
                draft.report(m.start(), m.end(), RULE, PUNCTUATION, 0.5, "space before \"" + mark + "\": "
                        + (styled >= 2 ? "the text spaces such marks " + styled + " times, a style"
                        : "may be a style (French spacing, a title or a speaker's label)"), mark);
            }
        }
    }

    private static boolean betweenLowerCaseWords(String text, MatchResult m) {
        return Character.isLowerCase(text.charAt(m.start() - 1))
                && LOWER_WORD_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
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
