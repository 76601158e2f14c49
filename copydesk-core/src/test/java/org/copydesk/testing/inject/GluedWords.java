package org.copydesk.testing.inject;

import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Two words glued where a tag or line break was stripped: the space between any two
 * words of two letters or more goes ("want to" → "wantto", "Kremlin said" → "Kremlinsaid").
 */
public final class GluedWords implements DefectInjector {
    private static final Pattern SPACE_BETWEEN_WORDS = Pattern.compile("(?<=(?<![\\p{L}'’-])\\p{L}{2,40}) (?=\\p{L}{2,40}(?![\\p{L}'’-]))");

    @Override
    public String family() {
        return "glued";
    }

    @Override
    public Optional<Injection> inject(String paragraph, Random random) {
        return DefectInjector.randomMatch(SPACE_BETWEEN_WORDS, paragraph, random).map(space -> {
            int wordStart = DefectInjector.wordStart(paragraph, space.start());
            int wordEnd = DefectInjector.wordEnd(paragraph, space.end());
            String glued = paragraph.substring(wordStart, space.start()) + paragraph.substring(space.end(), wordEnd);
            return Injection.replacing(family(), paragraph, wordStart, wordEnd, glued);
        });
    }
}
