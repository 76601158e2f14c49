package org.copydesk.stage.spacing;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;

/**
 * A word hyphenated at a line end. The English dictionary decides: a known
 * hyphenated compound ("well-\nknown") or two words that do not make one
 * ("slave-\ndriver") keep their hyphen; pieces that make a known word
 * ("inter-\nnational") are joined. In a hard-wrapped text the line break
 * is layout, so a compound's break stays and a joined word keeps the line
 * break after it.
 */
final class LineEndHyphenRule implements SpacingRule {
    static final String RULE = "HYPHEN_LINE_END";
    private static final Pattern BROKEN_WORD = Pattern.compile(
            "(?<![\\p{L}-])(\\p{L}++)-[ \\t]*\\n[ \\t]*(\\p{Ll}+)([\\p{L}'’-]*)( ?)");

    @Override
    public void apply(TextView view, SpacingLexicon lexicon, Draft draft) {
        if (!view.hasLineBreakAfter(c -> c == '-')) {
            return; // BROKEN_WORD needs a hyphen right before a line break
        }
        for (MatchResult m : view.unprotectedMatches(BROKEN_WORD)) {
            if (!m.group(3).isEmpty()) {
                continue;
            }
            String left = m.group(1);
            String right = m.group(2);
            String joined = left + right;
            String hyphenated = left + "-" + right;
            boolean leftWord = lexicon.isWord(left);
            boolean rightWord = lexicon.isWord(right);
            int start = m.start();
            if (lexicon.isWord(hyphenated) || leftWord && rightWord && !lexicon.isWord(joined)) {
                if (!view.hardWrapped) {
                    draft.replace(start, m.start(2), left + "-", RULE, WHITESPACE, 0.8,
                            "hyphenated compound broken across lines");
                }
            } else if (lexicon.isWord(joined)) {
                double confidence = leftWord && rightWord ? 0.8 : 0.9;
                boolean keepBreak = view.hardWrapped && !m.group(4).isEmpty();
                draft.replace(start, keepBreak ? m.end() : m.end(2), keepBreak ? joined + "\n" : joined, RULE, WHITESPACE,
                        confidence, "word hyphenated at a line end");
            } else {
                draft.report(start, m.end(2), RULE, WHITESPACE, 0.4, "hyphen at a line end: word or compound?",
                        hyphenated);
            }
        }
    }
}
