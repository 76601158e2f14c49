package org.copydesk.testing.inject;

import java.util.Optional;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A comma, semicolon, colon or sentence end between two words with its space moved
 * or doubled, as careless re-typing and MT leave it: "rose, and" → "rose ,and" or
 * "rose , and"; "ended. The" → "ended . The".
 */
public final class MisplacedPunctuation implements DefectInjector {
    private static final Pattern MARK_BETWEEN_WORDS = Pattern.compile("(?<=\\p{L}{2})([,;:.!?]) (?=\\p{L})");

    @Override
    public String family() {
        return "punctuation";
    }

    @Override
    public Optional<Injection> inject(String paragraph, Random random) {
        return DefectInjector.randomMatch(MARK_BETWEEN_WORDS, paragraph, random).map(m -> misplace(paragraph, m, random));
    }

    private Injection misplace(String paragraph, MatchResult m, Random random) {
        String mark = m.group(1);
        boolean sentenceEnd = ".!?".contains(mark);
        // a sentence end keeps its space after it ("ended . The"); a comma may lose it ("rose ,and")
        String defect = sentenceEnd || random.nextBoolean() ? " " + mark + " " : " " + mark;
        return Injection.replacing(family(), paragraph, m.start(), m.end(), defect);
    }
}
