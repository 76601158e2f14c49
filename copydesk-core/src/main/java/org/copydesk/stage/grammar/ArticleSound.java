package org.copydesk.stage.grammar;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether the spelling of a plain lower-case dictionary word settles the sound
 * it begins with, so that "a" or "an" before it cannot be a matter of how the
 * reader says it. Letters whose sound varies are never settled: "u" ("an
 * umbrella", "a user", "a Ugandan"; only the prefixes below are certain), "eu"/"ew" ("a
 * euro", "a ewe"), "one"/"once", "h" (handled by the context column), "x"
 * ("an xterm", "a xylophone") and "y" before a consonant ("an yttrium").
 * Callers have already excluded single letters, capitals (abbreviations read
 * letter by letter, names) and words the tagger does not know.
 */
final class ArticleSound {
    /** Vowel-letter starts always said with a vowel sound. */
    private static final Pattern VOWEL_SOUND = Pattern.compile(
            "(?:a|e(?![uw])|i|o(?!ne|nce)|un(?![ai])|up|ul|um)\\p{L}.*");
    /** Consonant-letter starts always said with a consonant sound (h and x excluded, y only before a vowel). */
    private static final Pattern CONSONANT_SOUND = Pattern.compile("(?:[bcdfgjklmnpqrstvwz]|y[aeiou])\\p{L}.*");
    /** Vowel-letter starts said with a consonant sound: LanguageTool's det_a list is made of these. */
    private static final Pattern CONSONANT_SOUND_VOWEL_LETTER = Pattern.compile("(?:u|eu|ew|one|once)\\p{L}*.*");

    private ArticleSound() {
    }

    /**
     * Evidence that {@code word} needs {@code article} ("a" or "an"), or empty when its
     * spelling leaves the sound open.
     */
    static Optional<String> evidence(String article, String word) {
        boolean an = article.equalsIgnoreCase("an");
        if (an && VOWEL_SOUND.matcher(word).matches()) {
            return Optional.of("'" + word + "' begins with a vowel sound in every pronunciation");
        }
        if (!an && CONSONANT_SOUND.matcher(word).matches()) {
            return Optional.of("'" + word + "' begins with the consonant '" + word.charAt(0) + "'");
        }
        if (!an && CONSONANT_SOUND_VOWEL_LETTER.matcher(word).matches()) {
            // LanguageTool asks for "a" before a vowel letter only for words on its curated det_a list
            return Optional.of("'" + word + "' is on LanguageTool's list of words said with a consonant sound");
        }
        return Optional.empty();
    }

    /** Apostrophes and hyphens that join the parts of one word: "Xiong'an", "Port-a-Cath", "Mull-an-Tuirc". */
    private static final String JOINERS = "'’‘-‐";

    /**
     * Whether the "a"/"an" at [start, end) is a joined part of a longer word (a name's syllable after an
     * apostrophe or hyphen): then it is no article, and neither a fix nor a finding applies to it.
     */
    static boolean partOfWord(String text, int start, int end) {
        boolean joinedBefore = start >= 2 && JOINERS.indexOf(text.charAt(start - 1)) >= 0
                && Character.isLetter(text.charAt(start - 2));
        boolean joinedAfter = end + 1 < text.length() && JOINERS.indexOf(text.charAt(end)) >= 0
                && Character.isLetter(text.charAt(end + 1));
        return joinedBefore || joinedAfter;
    }
}
