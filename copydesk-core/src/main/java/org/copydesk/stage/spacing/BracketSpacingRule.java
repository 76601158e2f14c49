package org.copydesk.stage.spacing;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;

/**
 * A bracket glued to the next or previous word: "alliances […]we are" and
 * "people[…] we" get their space back; "(SCO)summit" becomes "(SCO)
 * summit". Word-internal brackets stay: "(s)he", "(in)famous", "(un-)installation",
 * "function(x)", and so does "append(...)": three full stops in round
 * brackets right after a name are a call's elided arguments, the notation of
 * code, where an omission in a quotation is "[…]" or "(…)". Lines of code,
 * preformatted text and tables are not touched.
 */
final class BracketSpacingRule implements SpacingRule {
    static final String RULE = "BRACKET_SPACING";
    private static final Pattern ELLIPSIS_THEN_WORD = Pattern.compile("[\\[(](?:…|\\.{3})[\\])](?=\\p{L})");
    private static final Pattern WORD_THEN_ELLIPSIS = Pattern.compile("(?=[\\[(])(?<=\\p{L})(?:\\[(?:…|\\.{3})]|\\(…\\))");
    private static final Pattern OPTIONAL_PART = Pattern.compile("\\p{Ll}{1,5}-?");
    private static final Pattern GROUP_THEN_WORD = Pattern.compile(
            "(?=\\()(?<=^|[\\s])\\(([^()\\n]{2,60})\\)(\\p{Ll}+)(?=[\\s,.;:!?]|$)", Pattern.MULTILINE);

    @Override
    public void apply(TextView view, SpacingLexicon lexicon, Draft draft) {
        for (MatchResult m : view.unprotectedMatches(ELLIPSIS_THEN_WORD)) {
            draft.replace(m.end(), m.end(), " ", RULE, PUNCTUATION, 0.9, "space after an omission mark");
        }
        for (MatchResult m : view.unprotectedMatches(WORD_THEN_ELLIPSIS)) {
            draft.replace(m.start(), m.start(), " ", RULE, PUNCTUATION, 0.9, "space before an omission mark");
        }
        for (MatchResult m : view.unprotectedMatches(GROUP_THEN_WORD)) {
            String inside = m.group(1);
            String word = m.group(2);
            String joined = inside + word;
            if (word.length() < 2 || !lexicon.isWord(word) || lexicon.isWord(joined)
                    || lexicon.isWord(joined.toLowerCase(java.util.Locale.ROOT))
                    // an optional prefix or first part in lower case: "(un-)installation", "(mis)implementation",
                    // "(file)glob"; a tag stripped before a word holds a name, a number or an acronym
                    || OPTIONAL_PART.matcher(inside).matches()) {
                continue;
            }
            int at = m.start(2);
            draft.replace(at, at, " ", RULE, PUNCTUATION, 0.8, "space after a closing bracket");
        }
    }
}
