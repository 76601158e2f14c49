package org.copydesk.stage.spacing;

import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;

/**
 * A possessive glued to the noun it governs where a tag or a space was lost: "the city'sdevelopment", "Cuba’seconomy".
 * Split after the "'s" when the rest is a common English word and "s" + the rest is none ("city'sdevelopment": not
 * "sdevelopment"); a word the text writes whole stays ("O'sullivan" has no common rest), and code is left alone.
 */
final class PossessiveGlueRule implements SpacingRule {
    static final String RULE = "GLUED_POSSESSIVE";
    private static final Pattern POSSESSIVE_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’])(\\p{L}{2,})['’]s(\\p{Ll}{3,})(?![\\p{L}\\p{N}'’-])");

    @Override
    public void apply(TextView view, SpacingLexicon lexicon, Draft draft) {
        if (view.text.indexOf('\'') < 0 && view.text.indexOf('’') < 0) {
            return;
        }
        for (MatchResult m : view.unprotectedMatches(POSSESSIVE_WORD)) {
            String owner = m.group(1);
            String word = m.group(2);
            String glued = view.text.substring(m.start(), m.end());
            if (view.isCode(m.start(), m.end()) || lexicon.isWhole(glued) || !lexicon.isCommonWord(word)
                    || lexicon.isWord("s" + word)
                    || !(lexicon.isWhole(owner) || lexicon.isWhole(owner.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            int at = m.start(2);
            draft.replace(at, at, " ", RULE, GLUED, 0.85, "a possessive glued to a word: \"" + owner + "'s\" + \""
                    + word + "\" (a common word, frequency class " + lexicon.frequency(word) + "; \"s" + word
                    + "\" is none)");
        }
    }
}
