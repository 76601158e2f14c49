package org.copydesk.stage.unicode;

import java.util.Locale;
import org.copydesk.core.Draft;

/**
 * Characters a reader cannot see: control characters, zero-width spaces and
 * joiners, soft hyphens, byte-order marks inside the text, bidi controls.
 * Joiners stay where they do work (ZWJ in emoji sequences and Indic or Arabic
 * words, ZWNJ in Persian), and bidi controls stay on lines with
 * right-to-left text.
 */
final class InvisibleChars {
    private InvisibleChars() {
    }

    static boolean isCandidate(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F || c == 0xAD
                || c >= 0x200B && c <= 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2060 && c <= 0x2069
                || c == 0xFEFF || c == 0x061C || c == 0x180E;
    }

    static void propose(Draft draft, int i, Scripts.RtlLines rtl) {
        String t = draft.text();
        char c = t.charAt(i);
        if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
            draft.replace(i, i + 1, "", "CONTROL_CHAR", "unicode", 0.95,
                    String.format(Locale.ROOT, "control character U+%04X", (int) c));
        } else if (c == 0xAD) {
            draft.replace(i, i + 1, "", "SOFT_HYPHEN", "unicode", 0.95, "soft hyphen (invisible)");
        } else if (c == 0xFEFF) {
            if (i > 0) {
                draft.replace(i, i + 1, "", "BOM_IN_TEXT", "unicode", 0.95, "byte-order mark inside the text");
            }
        } else if (c == 0x200E || c == 0x200F || c == 0x061C || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069) {
            if (!rtl.lineHasRtl(i)) {
                draft.replace(i, i + 1, "", "BIDI_MARK", "unicode", 0.9,
                        String.format(Locale.ROOT, "bidi control U+%04X on a line with no right-to-left text", (int) c));
            }
        } else if (c == 0x200D) {
            int before = Scripts.before(t, i);
            int after = Scripts.after(t, i + 1);
            boolean works = Scripts.isEmojiPart(before) || Scripts.isEmojiPart(after)
                    || Scripts.isJoiningScriptLetter(before) || Scripts.isJoiningScriptLetter(after);
            if (!works) {
                draft.replace(i, i + 1, "", "ZERO_WIDTH", "unicode", 0.9, "zero-width joiner outside emoji or joining scripts");
            }
        } else if (c == 0x200C) {
            if (!Scripts.isJoiningScriptLetter(Scripts.before(t, i)) && !Scripts.isJoiningScriptLetter(Scripts.after(t, i + 1))) {
                draft.replace(i, i + 1, "", "ZERO_WIDTH", "unicode", 0.9, "zero-width non-joiner outside joining scripts");
            }
        } else if (c == 0x200B || c == 0x2060 || c == 0x180E || c >= 0x2061 && c <= 0x2064) {
            draft.replace(i, i + 1, "", "ZERO_WIDTH", "unicode", 0.95,
                    String.format(Locale.ROOT, "zero-width character U+%04X", (int) c));
        }
    }
}
