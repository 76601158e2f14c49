package org.copydesk.stage.unicode;

import com.ibm.icu.text.Normalizer2;
import org.copydesk.core.Draft;

/**
 * Unicode NFC with ICU: only the stretches that are not already NFC are
 * looked at (ICU's quick check), each widened to normalization boundaries
 * and proposed as its own edit. Only composition (a base letter and its
 * combining marks, Hangul jamo) counts as repair.
 */
final class NfcNormalizer {
    private final Normalizer2 nfc = Normalizer2.getNFCInstance();

    void propose(Draft draft) {
        String t = draft.text();
        int i = nfc.spanQuickCheckYes(t);
        int previousEnd = 0;
        while (i < t.length()) {
            // back to the normalization boundary at or before i, never into the previous segment: segments
            // that overlapped were dropped as a conflict, so a second clean composed what the first left
            int start = i;
            while (start > previousEnd && !nfc.hasBoundaryBefore(t.codePointAt(start))) {
                start -= Character.charCount(t.codePointBefore(start));
            }
            int end = i + Character.charCount(t.codePointAt(i));
            while (end < t.length() && !nfc.hasBoundaryBefore(t.codePointAt(end))) {
                end += Character.charCount(t.codePointAt(end));
            }
            String segment = t.substring(start, end);
            String normal = nfc.normalize(segment);
            // a lone singleton (Kelvin sign, Ohm sign, CJK compatibility ideograph) is a character the
            // author chose, often the very one a technical text is about; only composition is repair
            if (!normal.equals(segment) && !isSingletonOnly(segment)) {
                draft.replace(start, end, normal, "NFC", "unicode", 0.95, "Unicode normalization form C");
            }
            previousEnd = end;
            i = end + nfc.spanQuickCheckYes(t.subSequence(end, t.length()));
        }
    }

    /** True when no character of the segment is a combining mark: NFC would only swap singletons. */
    private static boolean isSingletonOnly(String segment) {
        return segment.codePoints().noneMatch(cp -> Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK
                || Character.getType(cp) == Character.ENCLOSING_MARK
                || cp >= 0x1100 && cp <= 0x11FF); // conjoining Hangul jamo compose too
    }
}
