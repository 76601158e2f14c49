package org.copydesk.stage.artifacts;

import java.util.Locale;
import java.util.regex.Pattern;

/** "a" or "an" before a word, by its spelling, with the common exceptions of sound. */
final class Articles {
    /** Vowel letters that sound like a consonant ("a union", "a European", "a one-off"). */
    private static final Pattern CONSONANT_SOUND = Pattern.compile("^(uni|use|usu|uti|ura|eu|ewe|one|once|ubi).*");
    /** Consonant letters that sound like a vowel ("an hour", "an honest"). */
    private static final Pattern VOWEL_SOUND = Pattern.compile("^(hour|honest|honou?r|heir).*");

    private Articles() {
    }

    static String indefinite(String phrase) {
        String w = phrase.toLowerCase(Locale.ROOT);
        if (w.isEmpty()) {
            return "a";
        }
        boolean vowel = "aeiou".indexOf(w.charAt(0)) >= 0;
        if (vowel && CONSONANT_SOUND.matcher(w).matches() || !vowel && !VOWEL_SOUND.matcher(w).matches()) {
            return "a";
        }
        return "an";
    }
}
