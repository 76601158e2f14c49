package org.copydesk.stage.foreign;

import java.util.ArrayList;
import java.util.List;

/**
 * A word of the text with its span in current coordinates. Words are runs of
 * letters and combining marks, with inner apostrophes ("d'état", "l'économie");
 * {@code glued} says the word touches a hyphen, digit, slash or similar, which
 * makes it part of a compound, code or address we leave alone, or a U+FFFD: the
 * lost character may have been a letter of the word ("Fern\uFFFDndez") or a lost
 * space, so the word is not known to be whole, and a translation beside it would
 * change what the unicode stage judged the U+FFFD by ("said\uFFFDtrova" made
 * "said\uFFFDfinds", two English words, a lost space on a second clean).
 */
public record Token(int start, int end, String text, boolean glued) {

    /** Starts with a capital, also behind an elided article ("l'Assemblée", "d'Alembert"). */
    public boolean capitalised() {
        return Character.isUpperCase(text.codePointAt(0)) || elidedCapital();
    }

    /** The apostrophe test first: asked of every word, and almost no word has one (a matcher per word cost 5% of the pipeline). */
    private boolean elidedCapital() {
        return (text.indexOf('\'') > 0 || text.indexOf('\u2019') > 0) && ELIDED_CAPITAL.matcher(text).lookingAt();
    }

    private static final java.util.regex.Pattern ELIDED_CAPITAL = java.util.regex.Pattern.compile("\\p{Ll}{1,4}['\u2019]\\p{Lu}");

    /** All capitals (acronym) or inner capitals (brand: "iPhone"); "l'Assemblée" is an elided capital, not odd. */
    public boolean oddCase() {
        int from = Character.charCount(text.codePointAt(0));
        if (elidedCapital()) {
            int apostrophe = Math.max(text.indexOf('\''), text.indexOf('\u2019'));
            from = apostrophe + 2;
        }
        return text.substring(Math.min(from, text.length())).codePoints().anyMatch(Character::isUpperCase);
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
            out.add(new Token(start, i, text.substring(start, i), gluedAt(text, start - 1, -1) || gluedAt(text, i, 1)));
        }
        return out;
    }

    /**
     * The character at i joins the word to something else: a hyphen, digit
     * or symbol, or a dot or colon with a letter behind it ("comp.lang",
     * "xml:lang", "example.com.au").
     */
    private static boolean gluedAt(String text, int i, int away) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        if (c == '.' || c == ':') {
            int j = i + away;
            return j >= 0 && j < text.length() && Character.isLetterOrDigit(text.charAt(j));
        }
        return Character.isDigit(c) || "-\u2010\u2011/\\@#_=+&%$<>|~*\uFFFD".indexOf(c) >= 0;
    }
}
