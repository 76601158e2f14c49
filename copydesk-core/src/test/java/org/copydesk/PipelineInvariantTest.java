package org.copydesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Every edit of every stage names its input span, and replaying the log
 * backwards gives the input back, on random and adversarial text.
 */
class PipelineInvariantTest {
    private static final Copydesk DESK = Copydesk.builder().build();
    private static final String[] PIECES = {
        "Putinand ", "the l\u00edderIt\u2019s ", "once morest ", "\u00c3\u00a9", "\u00e2\u20ac\u2122", "&amp;#8217;",
        "\u200b", "\u00ad", "\uFEFF", "\r\n", "\n\n", "Breaking News\n", ". , ", "[\u2026]we ", "\u041f\u0443\u0442\u0438\u043d ",
        "\u4e60\u8fd1\u5e73", "BRICS And ", "Leave a Reply\n", "#Putin #talk\n", "2024-07-08 04:55:57\n",
        "\ud83d\ude00", "\ud800", "\u0000", "\u0007", "caf\u0065\u0301 ", "\uff21\uff22", "\ufb01", " \u00a0 ",
        "The two power are ", "which is celebrated on ", "\"", "\u201c", "x", " ", "-", "\u2013", "S.A. ",
    };

    private static void assertInvariant(String input) {
        CleanResult r = DESK.clean(input);
        assertEquals(input, r.reconstructInput(), () -> "replay failed for " + escape(input));
        for (Edit e : r.edits()) {
            assertTrue(e.start() >= 0 && e.start() <= e.end() && e.end() <= input.length(), e::toString);
            assertEquals(input.substring(e.start(), e.end()), e.original(), e::toString);
        }
        for (Finding f : r.findings()) {
            assertTrue(f.start() >= 0 && f.start() <= f.end() && f.end() <= input.length(), f::toString);
        }
        for (Removed b : r.removed()) {
            assertEquals(input.substring(b.start(), b.end()), b.text(), b::toString);
        }
        // the independent reference: forward and backward replay, each edit's input span from character provenance
        java.util.List<String> problems = org.copydesk.testing.EditLogReference.problems(r);
        assertTrue(problems.isEmpty(), () -> escape(input) + ": " + problems);
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("STAGE_FAILED")),
                () -> "a stage failed on " + escape(input) + ": " + r.findings());
    }

    @RepeatedTest(150)
    void adversarialConcatenations() {
        long seed = new Random().nextLong();
        Random rnd = new Random(seed);
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(25);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[rnd.nextInt(PIECES.length)]);
        }
        assertInvariant(sb.toString());
    }

    @RepeatedTest(50)
    void randomCodePoints() {
        Random rnd = new Random();
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(80);
        for (int i = 0; i < n; i++) {
            int kind = rnd.nextInt(4);
            int cp = switch (kind) {
                case 0 -> 0x20 + rnd.nextInt(0x5f);
                case 1 -> rnd.nextInt(0x300);
                case 2 -> rnd.nextInt(0x10000);
                default -> rnd.nextInt(0x110000);
            };
            sb.appendCodePoint(cp);
        }
        assertInvariant(sb.toString());
    }

    @Test
    void emptyAndTinyInputs() {
        for (String s : new String[] {"", " ", "\n", "\r", "\uFEFF", "a", "&", "&amp;", "\r\n\r\n"}) {
            assertInvariant(s);
        }
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp > 0x7e) {
                sb.append(String.format("\\u{%x}", cp));
            } else {
                sb.append((char) cp);
            }
        });
        return sb.toString();
    }
}
