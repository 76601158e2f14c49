package org.copydesk.testing.inject;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Casing as machine translation and title-casing tools leave it: a conjunction,
 * preposition or article capitalised between lowercase words mid-sentence ("trade And
 * investment"), or a month lowercased before a date or year ("in may 2019").
 */
public final class MtCasing implements DefectInjector {
    private static final Pattern FUNCTION_WORD_MID_SENTENCE = Pattern.compile(
            "(?<=[\\p{Ll},] )(and|or|but|of|in|for|with|to|the|a|an|on|at|by|from|into|than|as) (?=\\p{Ll})");
    private static final Pattern MONTH_BEFORE_NUMBER = Pattern.compile(
            "(?<=\\p{L}[,]? )(January|February|March|April|May|June|July|August|September|October|November|December)"
                    + "(?= \\d)");

    @Override
    public String family() {
        return "casing";
    }

    @Override
    public Optional<Injection> inject(String paragraph, Random random) {
        List<Pattern> kinds = random.nextInt(4) == 0
                ? List.of(MONTH_BEFORE_NUMBER, FUNCTION_WORD_MID_SENTENCE)
                : List.of(FUNCTION_WORD_MID_SENTENCE, MONTH_BEFORE_NUMBER);
        for (Pattern kind : kinds) {
            var match = DefectInjector.randomMatch(kind, paragraph, random);
            if (match.isPresent()) {
                String word = match.get().group(1);
                String defect = kind == MONTH_BEFORE_NUMBER ? word.toLowerCase(Locale.ROOT)
                        : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
                return Optional.of(Injection.replacing(family(), paragraph, match.get().start(1), match.get().end(1),
                        defect));
            }
        }
        return Optional.empty();
    }
}
