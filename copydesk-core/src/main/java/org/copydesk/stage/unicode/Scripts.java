package org.copydesk.stage.unicode;

import java.lang.Character.UnicodeScript;

/** Small questions about the script around a character. */
final class Scripts {
    private Scripts() {
    }

    static int before(String t, int i) {
        return i > 0 ? t.codePointBefore(i) : ' ';
    }

    static int after(String t, int end) {
        return end < t.length() ? t.codePointAt(end) : ' ';
    }

    /** A letter of a script other than Latin, Greek and Cyrillic (where joiners do real work). */
    static boolean isJoiningScriptLetter(int cp) {
        if (!Character.isLetter(cp) && Character.getType(cp) != Character.NON_SPACING_MARK
                && Character.getType(cp) != Character.COMBINING_SPACING_MARK) {
            return false;
        }
        UnicodeScript s = UnicodeScript.of(cp);
        return s != UnicodeScript.LATIN && s != UnicodeScript.GREEK && s != UnicodeScript.CYRILLIC
                && s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED;
    }

    static boolean isEmojiPart(int cp) {
        return cp >= 0x1F000 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF || cp == 0xFE0F || cp == 0x20E3
                || cp >= 0x1F3FB && cp <= 0x1F3FF || cp == 0x2640 || cp == 0x2642 || cp >= 0xE0020 && cp <= 0xE007F;
    }

    static boolean isCjk(int cp) {
        UnicodeScript s = UnicodeScript.of(cp);
        return s == UnicodeScript.HAN || s == UnicodeScript.HIRAGANA || s == UnicodeScript.KATAKANA
                || s == UnicodeScript.HANGUL || cp >= 0x3000 && cp <= 0x303F;
    }

    static boolean isRtlLetter(int cp) {
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /**
     * {@link #lineHasRtl} for positions asked in increasing order: the answer for
     * the last line is kept, so a line full of bidi controls is read once, not
     * once per control (which was quadratic).
     */
    static final class RtlLines {
        private final String text;
        private int lineStart = -1;
        private int lineEnd = -1;
        private boolean rtl;

        RtlLines(String text) {
            this.text = text;
        }

        boolean lineHasRtl(int i) {
            if (i < lineStart || i >= lineEnd) {
                lineStart = text.lastIndexOf('\n', i) + 1;
                int le = text.indexOf('\n', i);
                lineEnd = le < 0 ? text.length() : le;
                rtl = Scripts.lineHasRtl(text, i);
            }
            return rtl;
        }
    }

    static boolean lineHasRtl(String t, int i) {
        int ls = t.lastIndexOf('\n', i) + 1;
        int le = t.indexOf('\n', i);
        if (le < 0) {
            le = t.length();
        }
        for (int k = ls; k < le; k++) {
            char c = t.charAt(k);
            if (c >= 0x0590 && c < 0x0900 || c >= 0xFB1D && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFC) {
                if (isRtlLetter(c)) {
                    return true;
                }
            }
        }
        return false;
    }
}
