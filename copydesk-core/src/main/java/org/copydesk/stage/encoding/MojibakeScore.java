package org.copydesk.stage.encoding;

/**
 * How strongly a UTF-8 sequence found through a code page looks like
 * mojibake rather than real text (our own weighting, after ftfy's
 * "badness"). Positive evidence: C1 controls, rare symbols after letters, a
 * capital glued to a lower-case letter, telltale lead characters, long
 * sequences, decodings that fit their neighbours. Negative evidence: what
 * reads as a word followed by ordinary punctuation, symbols standing alone,
 * decodings into odd corners of Unicode.
 */
final class MojibakeScore {
    /** A sequence this strong is fixed on its own. */
    static final int STRONG = 3;
    /** Once a line has a strong sequence, sequences this strong in the same code page are fixed too. */
    static final int SUPPORTED = 1;
    static final int REJECT = -100;

    /** What follows Ã or Â in mojibake and never in real text (after ftfy's list). */
    private static final String PRIME_FOLLOWERS = "\u20ac\u0160\u0161\u00a2\u00a3\u0178\u017e\u00a0\u00ad\u00ae\u00a9"
            + "\u00b0\u00b7\u00bb\u00a1\u00ab\u00bf\u2013\u2014\u00b4";
    private final CharTables tables;

    MojibakeScore(CharTables tables) {
        this.tables = tables;
    }

    int score(CharSequence t, Utf8Sequence s, CodePage page, int lineStart, int lineEnd) {
        int bonus = tables.bonus(s.codePoint());
        if (bonus == CharTables.IMPLAUSIBLE) {
            return REJECT;
        }
        char lead = t.charAt(s.start());
        char prev = s.start() > lineStart ? t.charAt(s.start() - 1) : ' ';
        char next = s.end() < lineEnd ? t.charAt(s.end()) : ' ';
        int x = s.codePoint();
        if (tables.isForeignScript(x) && (isAsciiAlnum(prev) || isAsciiAlnum(next)
                || otherScriptLetter(prev, x) || otherScriptLetter(next, x))) {
            return REJECT;
        }
        if (tables.isIdeographic(x) && (nonSpaceAscii(prev) || nonSpaceAscii(next))) {
            return REJECT;
        }
        int type = Character.getType(x);
        if ((type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK)
                && (prev == ' ' || s.start() == lineStart)) {
            return REJECT;
        }
        if (s.end() - s.start() == 2 && tables.isAmbiguous(t.subSequence(s.start(), s.end()).toString())) {
            return 0;
        }
        int e = bonus;
        boolean allNatural = true;
        char before = lead;
        for (int i = s.start() + 1; i < s.end(); i++) {
            char c = t.charAt(i);
            if (c >= 0x80 && c < 0xA0) {
                e += page.producesC1(c) ? 3 : -1;
            } else if (tables.isRare(c) && !(isBox(c) && isBox(before))) {
                e += 2;
            } else if (isBox(before) && Character.isLetter(c)) {
                e += 2;
            }
            if (!tables.isNatural(c) && c != '\uFFFD') {
                allNatural = false;
            }
            before = c;
        }
        int length = s.end() - s.start();
        if (length >= 3) {
            e += 2;
        }
        char cont = t.charAt(s.start() + 1);
        boolean prime = lead == '\u00c3' || lead == '\u00c2';
        if (allNatural && Character.isLetter(lead) && !Character.isLetterOrDigit(next) && !prime) {
            e -= 2;
        }
        if (x == 0xE0 && cont == '\u00a0' || prime && PRIME_FOLLOWERS.indexOf(cont) >= 0) {
            e += 2;
        }
        if (length == 2 && (cont == '\u2019' || cont == '\'') && Character.isLetter(next)) {
            e -= 2;
        }
        boolean letterBefore = Character.isLetter(prev);
        boolean letterAfter = Character.isLetter(next);
        if (letterBefore && letterAfter) {
            e += 1;
        } else if (!letterBefore && !letterAfter && !Character.isLetter(x)) {
            e -= 1;
        } else if (!letterBefore && !letterAfter && length == 2 && !Character.isLetter(lead)) {
            e -= 2;
        }
        if (prev < 0x80 && Character.isLowerCase(prev) && Character.isUpperCase(lead) && lead >= 0x80) {
            e += 2;
        }
        if (page.isTelltale(lead)) {
            e += 2;
        }
        if (Character.isUpperCase(prev) && Character.isUpperCase(lead) && !Character.isLetter(x)) {
            e -= 2;
        }
        if (Character.isLowerCase(x) && Character.isUpperCase(prev) && !Character.isLowerCase(next)) {
            e -= 2;
        }
        if (s.lost()) {
            e -= 1;
        }
        return e;
    }

    private static boolean nonSpaceAscii(char c) {
        return c < 0x80 && c > ' ';
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private boolean otherScriptLetter(char c, int x) {
        if (!Character.isLetter(c) || c < 0x250) {
            return false;
        }
        return Character.UnicodeScript.of(c) != Character.UnicodeScript.of(x);
    }

    static boolean isBox(char c) {
        return c >= 0x2500 && c <= 0x259F;
    }
}
