package org.copydesk.testing.inject;

import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Apostrophes lost or replaced: dropped in a contraction ("didn't" → "didnt") or a
 * possessive ("the company's shares" → "the companys shares"), or replaced by an acute
 * accent, a backtick or a closing quote ("Cuba´s", "capital”s"), as encoders and
 * keyboards leave them. Contractions whose apostrophe-less form is another common word
 * ("we're"/"were", "it's"/"its", "can't"/"cant") are left out: no copy editor restores
 * those without reading the sentence aloud.
 */
public final class DroppedApostrophes implements DefectInjector {
    private static final Pattern APOSTROPHE_IN_WORD = Pattern.compile("(?<=\\p{L})['’](?=\\p{L})");
    private static final Set<String> AMBIGUOUS_WITHOUT = Set.of("we're", "it's", "can't", "won't", "we'll",
            "he'll", "she'll", "i'll", "i'd", "we'd", "he'd", "she'd", "it'll", "who's", "let's");
    private static final String[] SUBSTITUTES = {"´", "`", "”"};

    @Override
    public String family() {
        return "apostrophe";
    }

    @Override
    public Optional<Injection> inject(String paragraph, Random random) {
        boolean substitute = random.nextInt(3) == 0;
        var candidates = DefectInjector.matches(APOSTROPHE_IN_WORD, paragraph).stream()
                .filter(m -> substitute || !ambiguousWithout(paragraph, m)).toList();
        return DefectInjector.pick(candidates, random).map(m -> {
            int from = DefectInjector.wordStart(paragraph, m.start());
            int to = DefectInjector.wordEnd(paragraph, m.end());
            String word = paragraph.substring(from, to);
            int at = m.start() - from;
            String replacement = substitute ? SUBSTITUTES[random.nextInt(SUBSTITUTES.length)] : "";
            return Injection.replacing(family(), paragraph, from, to,
                    word.substring(0, at) + replacement + word.substring(at + 1));
        });
    }

    private static boolean ambiguousWithout(String paragraph, MatchResult apostrophe) {
        String word = paragraph.substring(DefectInjector.wordStart(paragraph, apostrophe.start()), DefectInjector.wordEnd(paragraph, apostrophe.end()))
                .replace('’', '\'').toLowerCase(java.util.Locale.ROOT);
        return AMBIGUOUS_WITHOUT.contains(word);
    }
}
