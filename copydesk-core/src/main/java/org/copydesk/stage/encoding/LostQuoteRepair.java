package org.copydesk.stage.encoding;

import org.copydesk.core.Draft;

/**
 * A UTF-8 closing quote (E2 80 9D) read as Windows-1252 loses its last byte,
 * which cp1252 leaves undefined: "there,â€ he said". Of the E2 80 xx
 * characters whose last byte cp1252 drops (U+2001, U+200D, U+200F, U+2010,
 * U+201D) only the closing double quote sits between the end of a word and a
 * space, so there the character can be decided from its place. The evidence
 * is stated: the place (word or punctuation before, space or end after), and
 * whether a quotation opened earlier in the paragraph is still open.
 */
final class LostQuoteRepair {
    static final String RULE = "MOJIBAKE_LOST_QUOTE";
    private static final double BY_PLACE = 0.88;
    private static final double BY_PLACE_AND_OPEN_QUOTE = 0.95;

    private LostQuoteRepair() {
    }

    /** Repairs the flag when its place decides it; returns false when it must stay a finding. */
    static boolean tryRepair(Draft draft, String text, MojibakeFixer.Flag flag) {
        if (!"\u201d".equals(flag.suggestion()) || flag.end() - flag.start() != 2) {
            return false;
        }
        char prev = flag.start() > 0 ? text.charAt(flag.start() - 1) : ' ';
        char next = flag.end() < text.length() ? text.charAt(flag.end()) : ' ';
        boolean wordEndBefore = Character.isLetterOrDigit(prev) || ".,;:!?".indexOf(prev) >= 0;
        boolean spaceAfter = Character.isWhitespace(next) || flag.end() == text.length();
        if (!wordEndBefore || !spaceAfter) {
            return false;
        }
        boolean open = draft.analysis().quotationOpenAt(flag.start());
        double confidence = open ? BY_PLACE_AND_OPEN_QUOTE : BY_PLACE;
        draft.replace(flag.start(), flag.end(), "\u201d", RULE, "encoding", confidence,
                "UTF-8 closing quote read as cp1252, its last byte (0x9D, undefined there) lost: end of a word "
                        + "before a space" + (open ? ", and a quotation opened earlier in the paragraph" : ""));
        return true;
    }
}
