package org.copydesk.text;

/** Character classes several stages test one character at a time, without a regular expression. */
public final class Chars {
    private Chars() {
    }

    /** A combining mark ({@code \p{M}}: non-spacing, enclosing or spacing combining). */
    public static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
