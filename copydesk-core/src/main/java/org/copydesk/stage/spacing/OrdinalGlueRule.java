package org.copydesk.stage.spacing;

import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;

/**
 * An ordinal glued to the word after it where a tag or line break was stripped: "the 21stCentury",
 * "her 3rdterm". Split only when the suffix is the right one for the number ("21st", "12th", not
 * "21th", which is no ordinal of ours to read) and the rest is a common English word; code is left alone.
 */
final class OrdinalGlueRule implements SpacingRule {
    static final String RULE = "GLUED_ORDINAL";
    private static final Pattern ORDINAL_WORD = Pattern.compile(
            "(?=\\d)(?<![\\p{L}\\p{N}.,])(\\d{1,4})(st|nd|rd|th)(\\p{L}{3,})(?![\\p{L}\\p{N}'’-])");

    @Override
    public void apply(TextView view, SpacingLexicon lexicon, Draft draft) {
        for (MatchResult m : view.unprotectedMatches(ORDINAL_WORD)) {
            String word = m.group(3);
            String lower = word.toLowerCase(Locale.ROOT);
            if (!m.group(2).equals(suffix(m.group(1))) || view.isCode(m.start(), m.end())
                    || !(Words.isAllLower(word) || Words.isCapitalised(word))
                    || !lexicon.isCommonWord(lower)) {
                continue;
            }
            draft.replace(m.end(2), m.end(2), " ", RULE, GLUED, 0.85, "ordinal glued to a word: \"" + m.group(1)
                    + m.group(2) + "\" (its right suffix) + \"" + word + "\" (a common word, frequency class "
                    + lexicon.frequency(lower) + ")");
        }
    }

    /** The English ordinal suffix of a number: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
    static String suffix(String number) {
        int n = Integer.parseInt(number);
        if (n % 100 >= 11 && n % 100 <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
