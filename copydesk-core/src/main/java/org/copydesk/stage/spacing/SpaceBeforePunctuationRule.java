package org.copydesk.stage.spacing;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;

/**
 * Space before a comma, period, colon, semicolon, question or exclamation
 * mark: "the summit , which" becomes "the summit, which". Ellipses written
 * with spaced periods (". . ."), emoticons, code and preformatted lines stay.
 *
 * <p>A comma or full stop is repaired whatever follows. An opening quotation mark
 * glued after a comma, semicolon or colon (" ,“We") counts as a space: the
 * quote-spacing rule spaces it in the same pass (after these marks whatever
 * stands before them), and the mark would otherwise be repaired only on a
 * second clean. After ".", "!" or "?" it does not: " ?“We" would become
 * "?“We", which the quote-spacing rule spaces only on a second clean. A space before "?",
 * "!", ":" or ";" is also a typographic style (French spacing, play scripts,
 * "Title : Subtitle"), so it needs more evidence: the text spaces no other such
 * mark (one that does has a style, and all of them are only reported); a colon
 * or semicolon runs on into a lower-case word ("so far : immediately"), not a
 * capitalised title or a quotation; a question or exclamation mark stands
 * outside quotation marks (a speaker's line keeps its typography). The rest
 * is reported, and so is a spaced full stop, question or exclamation mark that a
 * lower-case word goes on from: it ends no sentence, so it is more likely a symbol
 * the text names ("by ! or not", "Because . is special") than a misplaced stop; any such mark after a
 * determiner, a conjunction, "as" or "than" ("placing a ; after it", "known as . (one dot)"), which never
 * close a phrase; and a mark that a lower-case gloss in brackets or dashes explains ("install . (the full
 * stop)", "and . — a dot — means").
 */
final class SpaceBeforePunctuationRule implements SpacingRule {
    static final String RULE = "SPACE_BEFORE_PUNCTUATION";
    private static final Pattern SPACE_THEN_MARK = Pattern.compile(
            "(?=[ \\t])(?<=[\\p{L}\\p{N})\\]”’%])[ \\t]+([,;:!?.])(?=\\s|$|[”’\"]|(?<=[,;:])“)", Pattern.MULTILINE);
    private static final Pattern SPACED_STYLE_MARK = Pattern.compile("(?= [!?:;])(?<=[\\p{L}\\p{N}\"”)]) [!?:;](?=\\s|$|[\"”])",
            Pattern.MULTILINE);
    private static final Pattern LOWER_WORD_AFTER = Pattern.compile("[ \\t]+\\p{Ll}{2}");

    @Override
    public void apply(TextView view, SpacingLexicon lexicon, Draft draft) {
        int styled = view.codeFreeMatches(SPACED_STYLE_MARK).size();
        for (MatchResult m : view.codeFreeMatches(SPACE_THEN_MARK)) {
            String mark = m.group(1);
            if (mark.equals(".") && nextNonSpace(view.text, m.end()) == '.') {
                continue;
            }
            String reason = "space before \"" + mark + "\"";
            if (afterNoPhraseEnd(view.text, m.start())) {
                // "placing a ; after the brace", "use the , operator", "also known as . (one dot)": a determiner,
                // a conjunction or "as"/"than" never closes a phrase, so the mark after it is a noun
                draft.report(m.start(), m.end(), RULE, PUNCTUATION, 0.5, reason + ", but a determiner or conjunction"
                        + " stands before it: the text names the mark", mark);
                continue;
            }
            if (glossAfter(view.text, m.end())) {
                // "tell it to install . (the full stop)", "and . — a dot — means": a gloss in brackets or dashes
                // that opens in lower case explains the mark; a stop before "(AP)" is still a stop
                draft.report(m.start(), m.end(), RULE, PUNCTUATION, 0.5, reason + ", but a gloss in brackets or"
                        + " dashes follows it: the text names the mark", mark);
                continue;
            }
            if (".!?".contains(mark) && lowerCaseWordAfter(view.text, m.end())) {
                // "Negation of a true value by ! or not", "Because . is special": a full stop, question or
                // exclamation mark that a lower-case word goes on from ends no sentence; the text names the symbol
                draft.report(m.start(), m.end(), RULE, PUNCTUATION, 0.5, reason + ", but a lower-case word goes on"
                        + " after it: the mark ends no sentence (a symbol the text names?)", mark);
                continue;
            }
            if (mark.equals(",") || mark.equals(".")) {
                draft.replace(m.start(), m.start(1), "", RULE, PUNCTUATION, 0.85, reason);
                continue;
            }
            int others = styled - 1;
            boolean colon = mark.equals(":") || mark.equals(";");
            String doubt = others > 0 ? "the text spaces such marks " + others + " more times: a style"
                    : colon && !lowerCaseWordAfter(view.text, m.end())
                    ? "no lower-case word follows: a title, label or list may be spaced so"
                    : !colon && view.isQuoted(m.start()) ? "inside a quotation: the speaker's typography"
                    : null;
            if (doubt == null) {
                draft.replace(m.start(), m.start(1), "", RULE, PUNCTUATION, colon ? 0.85 : 0.8,
                        reason + ", a mark the text nowhere else spaces");
            } else {
                draft.report(m.start(), m.end(), RULE, PUNCTUATION, 0.5, reason + ", but " + doubt, mark);
            }
        }
    }

    private static final Pattern NO_PHRASE_END_BEFORE = Pattern.compile(
            "(?<![\\p{L}'’])(?i:a|an|the|every|and|or|nor|as|than)$");
    private static final Pattern GLOSS_AFTER = Pattern.compile("[ \\t]+(?:\\(|[—–]|--)[ \\t]*\\p{Ll}");

    /** The word right before the space is a determiner, a conjunction, "as" or "than": none closes a phrase. */
    private static boolean afterNoPhraseEnd(String text, int spaceStart) {
        return NO_PHRASE_END_BEFORE.matcher(text).region(Math.max(0, spaceStart - 6), spaceStart).find();
    }

    /** A bracket or dash follows the mark and opens a lower-case gloss: "(one dot)", "— a dot —". */
    private static boolean glossAfter(String text, int from) {
        return GLOSS_AFTER.matcher(text).region(from, text.length()).lookingAt();
    }

    private static boolean lowerCaseWordAfter(String text, int from) {
        return LOWER_WORD_AFTER.matcher(text).region(from, text.length()).lookingAt();
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
