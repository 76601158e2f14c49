package org.copydesk.text;

/** Character classes several stages test one character at a time, without a regular expression. */
public final class Chars {
    private Chars() {
    }

    /**
     * Whether {@code text} holds one of {@code chars} in [from, to): the cheap necessary condition that spares a
     * chunk pattern (code, URLs, handles) the words that cannot match it.
     */
    public static boolean anyOf(String text, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A combining mark ({@code \p{M}}: non-spacing, enclosing or spacing combining). */
    public static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
