package org.copydesk.stage.artifacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A paragraph's bounds are found by binary search over the words (a scan of every word per match
 * was quadratic on a long document): they must be the bounds the scan found.
 */
class ParagraphBoundTest {
    @Test
    void boundsAreTheScansBounds() {
        String text = "\n\nThe council met.\nIt voted on the budget.\n\n\nSchools and roads came next.\n\n"
                + "Officials said little.  \n\n";
        TextView view = new TextView(text);
        int paragraphs = view.get(view.size() - 1).paragraph();
        assertTrue(paragraphs >= 2, "the text must have several paragraphs: " + paragraphs);
        for (int p = -2; p <= paragraphs + 2; p++) {
            assertEquals(scan(view, p, true), Condition.paragraphBound(view, p, true), "start of " + p);
            assertEquals(scan(view, p, false), Condition.paragraphBound(view, p, false), "end of " + p);
        }
    }

    /** The reference: the first (for a start) or last (for an end) word of the paragraph, by a scan. */
    private static int scan(TextView view, int paragraph, boolean start) {
        if (start) {
            for (int i = 0; i < view.size(); i++) {
                if (view.get(i).paragraph() >= paragraph) {
                    return view.text().lastIndexOf('\n', Math.max(0, view.get(i).start() - 1)) + 1;
                }
            }
            return 0;
        }
        for (int i = view.size() - 1; i >= 0; i--) {
            if (view.get(i).paragraph() <= paragraph) {
                int nl = view.text().indexOf('\n', view.get(i).end());
                return nl < 0 ? view.text().length() : nl;
            }
        }
        return view.text().length();
    }
}
