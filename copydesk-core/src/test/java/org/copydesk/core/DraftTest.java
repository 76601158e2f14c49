package org.copydesk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.Edit;
import org.copydesk.Removed;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class DraftTest {

    private static Draft draft(String text) {
        Draft d = new Draft(text, CleanOptions.defaults());
        d.enterStage("test");
        return d;
    }

    @Test
    void evidenceWeighedAgainstAStageTurnsItsChangesIntoFindingsUntilTheNextStage() {
        Draft d = draft("Order deny,allow and deny,allow again.");
        d.weighAgainst(0.6, "; a manual");
        d.replace(10, 11, ", ", "SPACE_AFTER_PUNCTUATION", "punctuation", 0.9, "glued comma");
        d.commit();
        assertEquals("Order deny,allow and deny,allow again.", d.text());
        CleanResult first = d.result();
        assertEquals(1, first.findings().size());
        assertEquals(0.54, first.findings().get(0).confidence(), 1e-9);
        assertTrue(first.findings().get(0).message().endsWith("; a manual"), first.findings().get(0).message());
        d.enterStage("next");
        d.replace(25, 26, ", ", "SPACE_AFTER_PUNCTUATION", "punctuation", 0.9, "glued comma");
        d.commit();
        assertEquals("Order deny,allow and deny, allow again.", d.text());
    }

    @Test
    void editNamesItsInputSpanAcrossEarlierEdits() {
        Draft d = draft("Putinand Xi metin Astana.");
        d.replace(5, 8, " and", "GLUED", "spacing", 1.0, "glued");
        d.replace(12, 17, "met in", "GLUED", "spacing", 1.0, "glued");
        d.commit();
        assertEquals("Putin and Xi met in Astana.", d.text());
        // "Astana" now starts at 20; in the input it started at 18
        d.replace(20, 26, "Nur-Sultan", "NAME", "names", 1.0, "rename");
        d.commit();
        CleanResult r = d.result();
        Edit last = r.edits().get(2);
        assertEquals(18, last.start());
        assertEquals(24, last.end());
        assertEquals("Astana", last.original());
        assertEquals("Putin and Xi met in Nur-Sultan.", r.text());
        assertEquals(r.input(), r.reconstructInput());
    }

    @Test
    void editInsideEarlierReplacementWidensToItsWholeInputSpan() {
        Draft d = draft("the l\u00edderIt\u2019s met");
        d.replace(4, 13, "leaders", "FOREIGN", "foreign", 1.0, "");
        d.commit();
        d.replace(4, 11, "leader", "X", "x", 1.0, "");
        d.commit();
        Edit e = d.result().edits().get(1);
        assertEquals(4, e.start());
        assertEquals(13, e.end());
        assertEquals("leaders", e.before());
        assertEquals(d.input(), d.result().reconstructInput());
    }

    @Test
    void removalIsKeptWithItsLabel() {
        Draft d = draft("Breaking News\n\nBody text.\n");
        d.remove(0, 15, "boilerplate", "NEWS_BAR", 0.95, "news bar");
        d.commit();
        Removed r = d.result().removed().get(0);
        assertEquals("Breaking News\n\n", r.text());
        assertEquals(0, r.start());
        assertEquals("Body text.\n", d.text());
    }

    @Test
    void lowConfidenceBecomesFinding() {
        Draft d = draft("which is celebrated on July 3");
        d.replace(9, 19, "held", "FALSE_FRIEND", "falsefriend", 0.4, "se celebra");
        d.commit();
        assertEquals(d.input(), d.text());
        assertEquals("held", d.result().findings().get(0).suggestion());
    }

    @Test
    void overlappingProposalLosesToTheEarlierOne() {
        Draft d = draft("abcdef");
        d.replace(1, 4, "X", "A", "t", 1.0, "");
        d.replace(2, 5, "Y", "B", "t", 1.0, "");
        d.commit();
        assertEquals("aXef", d.text());
        assertEquals(1, d.result().edits().size());
    }

    @RepeatedTest(300)
    void randomEditsReplayBackToInput() {
        Random rnd = new Random();
        long seed = rnd.nextLong();
        rnd = new Random(seed);
        StringBuilder sb = new StringBuilder();
        int len = rnd.nextInt(60);
        for (int i = 0; i < len; i++) {
            sb.append((char) ('a' + rnd.nextInt(26)));
        }
        Draft d = draft(sb.toString());
        int rounds = 1 + rnd.nextInt(6);
        for (int r = 0; r < rounds; r++) {
            int n = rnd.nextInt(5);
            for (int k = 0; k < n; k++) {
                int tl = d.text().length();
                int s = rnd.nextInt(tl + 1);
                int e = Math.min(tl, s + rnd.nextInt(5));
                String repl = "XYZ".substring(0, rnd.nextInt(4));
                d.replace(s, e, repl, "R", "t", 1.0, "");
            }
            d.commit();
            int tl = d.text().length();
            for (int c = 0; c <= tl; c++) {
                int os = d.toInputStart(c);
                int oe = d.toInputEnd(c);
                assertTrue(os >= 0 && os <= d.input().length() && oe >= 0 && oe <= d.input().length(),
                        "seed " + seed);
            }
        }
        CleanResult res = d.result();
        assertEquals(res.input(), res.reconstructInput(), "seed " + seed);
        for (Edit e : res.edits()) {
            assertEquals(res.input().substring(e.start(), e.end()), e.original(), "seed " + seed);
            assertTrue(e.start() <= e.end(), "seed " + seed);
        }
    }
}
