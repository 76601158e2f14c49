package org.copydesk.stage.spacing;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;

/**
 * No space after a comma or semicolon between words ("Moscow,Beijing"), or
 * after a period that ends a sentence ("summit.The talks"). Numbers
 * ("1,000"), abbreviations ("U.S.", "St.Petersburg"), file and domain names
 * stay, and so do code lines, identifiers and calls ("f(x,y)").
 *
 * <p>A sentence run on after a full stop stands between spaces: the word before
 * the stop starts after a space (or a line or quote start) and the sentence
 * goes on after the capitalised word. "(Python.File)", "logging.Formatter(" or
 * "'queue.Queue'" are glued to brackets and quotes on either side: names
 * from code, not two sentences.
 */
final class MissingSpaceAfterPunctuationRule implements SpacingRule {
    static final String RULE = "SPACE_AFTER_PUNCTUATION";
    private static final Pattern COMMA_BETWEEN_WORDS = Pattern.compile("(?<=\\p{Ll}\\p{Ll})[,;](?=\\p{L}\\p{Ll})");
    private static final Pattern PERIOD_BEFORE_SENTENCE = Pattern.compile(
            "(?<=^|[\\s“\"‘])(\\p{L}\\p{Ll}{2,40})\\.(\\p{Lu}\\p{Ll}+)(?=[\\s,;:]|$)", Pattern.MULTILINE);

    @Override
    public void apply(TextView view, SpacingLexicon lexicon, Draft draft) {
        for (MatchResult m : view.codeFreeMatches(COMMA_BETWEEN_WORDS)) {
            draft.replace(m.end(), m.end(), " ", RULE, PUNCTUATION, 0.85, "no space after \"" + m.group() + "\"");
        }
        for (MatchResult m : view.unprotectedMatches(PERIOD_BEFORE_SENTENCE)) {
            String before = m.group(1);
            String after = m.group(2);
            if (lexicon.isWord(before) && (lexicon.isSentenceStarter(after) || lexicon.isWord(after))
                    && !lexicon.isWhole(before + "." + after)) {
                draft.replace(m.end(1) + 1, m.end(1) + 1, " ", RULE, PUNCTUATION, 0.8, "no space after a full stop");
            }
        }
    }
}
