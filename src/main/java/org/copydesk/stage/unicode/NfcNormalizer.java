package org.copydesk.stage.unicode;

import com.ibm.icu.text.Normalizer2;
import org.copydesk.core.Draft;

/**
 * Unicode NFC with ICU: only the stretches that are not already NFC are
 * looked at (ICU's quick check), each widened to normalization boundaries
 * and proposed as its own edit.
 */
final class NfcNormalizer {
    private final Normalizer2 nfc = Normalizer2.getNFCInstance();

    void propose(Draft draft) {
        String t = draft.text();
        int i = nfc.spanQuickCheckYes(t);
        while (i < t.length()) {
            int start = i;
            while (start > 0 && !nfc.hasBoundaryBefore(t.codePointBefore(start))) {
                start -= Character.charCount(t.codePointBefore(start));
            }
            int end = i + Character.charCount(t.codePointAt(i));
            while (end < t.length() && !nfc.hasBoundaryBefore(t.codePointAt(end))) {
                end += Character.charCount(t.codePointAt(end));
            }
            String segment = t.substring(start, end);
            String normal = nfc.normalize(segment);
            if (!normal.equals(segment)) {
                draft.replace(start, end, normal, "NFC", "unicode", 0.95, "Unicode normalization form C");
            }
            i = end + nfc.spanQuickCheckYes(t.subSequence(end, t.length()));
        }
    }
}
