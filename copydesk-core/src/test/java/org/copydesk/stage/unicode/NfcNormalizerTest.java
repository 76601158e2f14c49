package org.copydesk.stage.unicode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Normalizer2;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.junit.jupiter.api.Test;

/** NFC over neighbouring segments: each one composed in the first clean, so a second clean changes nothing. */
class NfcNormalizerTest {
    private static final Copydesk DESK = Copydesk.builder().build();

    @Test
    void composesSegmentsThatFollowEachOther() {
        // two letters each with acute accents, back to back: the second segment used to reach back into the
        // first, the overlapping proposal was dropped, and only a second clean composed the second letter
        String input = "The letter k\u0301\u0301\u0301k\u0301 was typed twice.";
        CleanResult once = DESK.clean(input);
        assertTrue(Normalizer2.getNFCInstance().isNormalized(once.text()), once.text());
        assertEquals("The letter \u1E31\u0301\u0301\u1E31 was typed twice.", once.text());
        assertEquals(once.text(), DESK.clean(once.text()).text());
    }
}
