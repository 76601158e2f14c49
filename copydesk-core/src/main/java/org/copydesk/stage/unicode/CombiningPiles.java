package org.copydesk.stage.unicode;

import org.copydesk.core.Draft;
import org.copydesk.text.Chars;

/**
 * Combining marks piled on one character ("Zalgo" text, or a run of accents
 * repeated by a broken converter). No script stacks more than a few marks on a
 * base (Vietnamese two, Hebrew points and cantillation or Indic signs four or
 * so), so marks past {@link #MAX_MARKS} are noise; they are taken out. This also
 * keeps every later rule linear: Java's {@code \b} looks back over all the
 * marks before a position, so one long pile made each word-boundary regex
 * quadratic.
 */
final class CombiningPiles {
    static final String RULE = "COMBINING_PILE";
    static final int MAX_MARKS = 8;

    private CombiningPiles() {
    }

    static void propose(Draft draft) {
        String t = draft.text();
        int n = t.length();
        for (int i = 0; i < n; ) {
            if (!Chars.isMark(t.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Chars.isMark(t.charAt(i))) {
                i++;
            }
            if (i - start > MAX_MARKS) {
                draft.replace(start + MAX_MARKS, i, "", RULE, "unicode", 0.9, (i - start)
                        + " combining marks on one character; no script stacks more than " + MAX_MARKS);
            }
        }
    }
}
