package org.copydesk.stage.foreign;

import java.util.ArrayList;
import java.util.List;

/**
 * A word of the text with its span in current coordinates. Words are runs of
 * letters and combining marks, with inner apostrophes ("d'état", "l'économie");
 * {@code glued} says the word touches a hyphen, digit, slash or similar, which
 * makes it part of a compound, code or address we leave alone.
 */
public record Token(int start, int end, String text, boolean glued) {

    public boolean capitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** All capitals (acronym) or inner capitals (brand): never a leftover word. */
    public boolean oddCase() {
        boolean upperAfterFirst = text.codePoints().skip(1).anyMatch(Character::isUpperCase);
        return upperAfterFirst;
    }

    public boolean hasDiacritic() {
        return text.chars().anyMatch(c -> c > 0x7f && Character.isLetter(c));
    }

    /** The words of text[from, to). */
    public static List<Token> words(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < to) {
                int c = text.codePointAt(i);
                if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                    i += Character.charCount(c);
                } else if ((c == '\'' || c == '\u2019') && i + 1 < to && Character.isLetter(text.codePointAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            out.add(new Token(start, i, text.substring(start, i), gluedAt(text, start - 1) || gluedAt(text, i)));
        }
        return out;
    }

    private static boolean gluedAt(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return Character.isDigit(c) || "-\u2010\u2011/\\@#_=+&%$<>|~*".indexOf(c) >= 0;
    }
}
