package org.copydesk.stage.encoding;

/**
 * One UTF-8 sequence found in text misread through a code page: the
 * characters [start, end) stand for the bytes of one code point. A
 * replacement character or a question mark where a byte should be means the
 * byte was lost ({@code lost}); a space where byte 0xA0 should be means a
 * no-break space was flattened on the way ({@code flattenedSpace}).
 */
record Utf8Sequence(int start, int end, int codePoint, boolean lost, boolean flattenedSpace) {

    /** Reads the sequence starting at {@code i}, or returns null. */
    static Utf8Sequence read(CharSequence t, int i, int limit, CodePage page, boolean sloppy) {
        int b0 = page.byteOf(t.charAt(i));
        if (b0 < 0xC2 || b0 > 0xF4) {
            return null;
        }
        int need = b0 < 0xE0 ? 1 : b0 < 0xF0 ? 2 : 3;
        int value = b0 & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
        int j = i + 1;
        boolean lost = false;
        boolean space = false;
        for (int k = 0; k < need; k++) {
            if (j >= limit) {
                return null;
            }
            char c = t.charAt(j);
            int b = page.byteOf(c);
            if (c == '\uFFFD' || c == '?' && k > 0 && need >= 2) {
                lost = true;
                b = 0x80;
            } else if (c == ' ' && sloppy && spaceMayBeA0(t, i, j, limit, b0, k == need - 1, page)) {
                b = 0xA0;
                space = true;
            } else if (b < 0x80 || b > 0xBF) {
                return null;
            }
            if (k == 0 && !lost && !validSecond(b0, b)) {
                if (b0 == 0xED && b >= 0xA0 && b <= 0xAF) {
                    return readSurrogatePair(t, i, limit, page);
                }
                return null;
            }
            value = (value << 6) | (b & 0x3F);
            j++;
        }
        return new Utf8Sequence(i, j, lost ? 0xFFFD : value, lost, space);
    }

    private static boolean validSecond(int b0, int b1) {
        return switch (b0) {
            case 0xE0 -> b1 >= 0xA0;
            case 0xED -> b1 <= 0x9F;
            case 0xF0 -> b1 >= 0x90;
            case 0xF4 -> b1 <= 0x8F;
            default -> true;
        };
    }

    /**
     * Whether the space at {@code j} may be a flattened 0xA0 byte: in the
     * middle of a sequence when a real continuation follows; at its end when
     * more mojibake follows, or after the leads whose 0xA0 form is common
     * (Â as no-break space, Ð as Р, ...; a letter only from a lead that is a
     * letter too). Ã + space is handled by the
     * à-word rule instead, since "à" before a word keeps its space.
     */
    private static boolean spaceMayBeA0(CharSequence t, int i, int j, int limit, int b0, boolean last,
                                        CodePage page) {
        char after = j + 1 < limit ? t.charAt(j + 1) : ' ';
        if (!last) {
            int b = page.byteOf(after);
            return b >= 0x80 && b <= 0xBF;
        }
        if (b0 == 0xC3) {
            return false;
        }
        if (after >= 0x80 && page.byteOf(after) >= 0x80) {
            return true;
        }
        // the letters (Š, Π, Р, ؠ) stand for a lead that is itself a letter: where the page writes
        // the lead byte as punctuation (Mac Roman's 0xD0 is "–"), "– about" is a dash and a space
        return j == i + 1 && (b0 == 0xC2 || (b0 == 0xC5 || b0 == 0xCE || b0 == 0xD0 || b0 == 0xD9)
                && Character.isLetter(t.charAt(i)));
    }

    /** CESU-8: a surrogate pair written as two three-byte sequences. */
    private static Utf8Sequence readSurrogatePair(CharSequence t, int i, int limit, CodePage page) {
        if (i + 6 > limit) {
            return null;
        }
        int[] b = new int[6];
        for (int k = 0; k < 6; k++) {
            char c = t.charAt(i + k);
            b[k] = c == ' ' && (k == 1 || k == 4) ? 0xA0 : page.byteOf(c);
        }
        if (b[0] != 0xED || b[1] < 0xA0 || b[1] > 0xAF || b[3] != 0xED || b[4] < 0xB0 || b[4] > 0xBF
                || b[2] < 0x80 || b[2] > 0xBF || b[5] < 0x80 || b[5] > 0xBF) {
            return null;
        }
        int high = 0xD000 | ((b[1] & 0x3F) << 6) | (b[2] & 0x3F);
        int low = 0xD000 | ((b[4] & 0x3F) << 6) | (b[5] & 0x3F);
        return new Utf8Sequence(i, i + 6, Character.toCodePoint((char) high, (char) low), false, false);
    }

    String replacement() {
        return new String(Character.toChars(codePoint));
    }
}
