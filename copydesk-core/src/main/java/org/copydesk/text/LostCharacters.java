package org.copydesk.text;

/**
 * U+FFFD, the replacement character, marks a character lost in decoding. A word touching one
 * may have lost a letter ("Fern\uFFFDndez", "andthe\uFFFDlast"), so it is not known to be whole;
 * and a change to it would change what the unicode stage judged the U+FFFD by, so a second
 * clean would differ from the first. Stages that respell or split words leave such words alone.
 */
public final class LostCharacters {
    private LostCharacters() {
    }

    /** U+FFFD directly before or after {@code [start, end)} of {@code text}. */
    public static boolean touches(String text, int start, int end) {
        return start > 0 && text.charAt(start - 1) == '\uFFFD' || end < text.length() && text.charAt(end) == '\uFFFD';
    }
}
