package org.copydesk.stage.grammar;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an earlier stage's change replaced ordinary words, the only kind of
 * change that can break the grammar around it ("once morest" → "against",
 * "she" → "he"). Changes that keep the letters (spacing, glue splits,
 * punctuation, casing), that touch no lower-case English word (names,
 * transliterations, mojibake, symbols) or that decode HTML entities cannot,
 * so their sentences need no deep check.
 */
final class WordChange {
    private static final Pattern ENTITY = Pattern.compile("&[#\\w;&]*;");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern PLAIN_WORD = Pattern.compile("[a-z]{2,}");

    private WordChange() {
    }

    static boolean replacesWords(String before, String after) {
        String b = ENTITY.matcher(before).replaceAll("");
        String a = ENTITY.matcher(after).replaceAll("");
        if (letters(b).equals(letters(a))) {
            return false;
        }
        Set<String> wordsBefore = words(b);
        Set<String> wordsAfter = words(a);
        return hasPlainWordNotIn(b, wordsAfter) || hasPlainWordNotIn(a, wordsBefore);
    }

    private static String letters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetter).map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** A lower-case ASCII word of {@code s} (an English word, not a name) missing from {@code others}. */
    private static boolean hasPlainWordNotIn(String s, Set<String> others) {
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            String w = m.group();
            if (PLAIN_WORD.matcher(w).matches() && !others.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
