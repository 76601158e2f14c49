package org.copydesk.batch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How marks become HTML, without a browser: nesting, escaping, what is left over. */
class MarkedTextTest {
    private static Mark edit(int start, int end, String replacement, int seq) {
        return new Mark(Mark.Kind.EDIT, start, end, "fam", 0.9, "st", "R" + seq, replacement, "why", seq);
    }

    private static String render(String input, List<Mark> marks, List<Mark> leftOver) {
        StringBuilder sb = new StringBuilder();
        leftOver.addAll(MarkedText.render(input, marks, input.length(), sb));
        return sb.toString();
    }

    @Test
    void anEditInsideALaterEditIsDrawnInsideIt() {
        List<Mark> left = new java.util.ArrayList<>();
        String html = render("I saw teh cat.", List.of(edit(6, 9, "the", 0), edit(6, 13, "the dog", 1)), left);
        assertTrue(left.isEmpty());
        assertTrue(html.matches("I saw <span class=\"m ed\"[^>]*><del><span class=\"m ed\"[^>]*><del>teh</del><ins>the</ins>"
                + "</span> cat</del><ins>the dog</ins></span>\\."), html);
    }

    @Test
    void everythingIsEscapedAndInvisibleCharactersShow() {
        List<Mark> left = new java.util.ArrayList<>();
        String input = "<b onclick=\"x\">a\u200Bb</b> & 'q'\r\n";
        String html = render(input, List.of(new Mark(Mark.Kind.EDIT, 16, 17, "unicode", 1, "st", "R\"<", "\u00A0<i>",
                "reason \"<x>\"", 0)), left);
        assertFalse(html.contains("<b") || html.contains("<i>") || html.contains("<x>"), html);
        assertTrue(html.startsWith("&lt;b onclick=&quot;x&quot;&gt;a"), html);
        assertTrue(html.contains("data-rule=\"R&quot;&lt;\""), html);
        assertTrue(html.contains("<del><span class=\"cc\" title=\"U+200B\">⟨200B⟩</span></del>"), html);
        assertTrue(html.contains("<ins><span class=\"cc\" title=\"U+00A0\">⟨00A0⟩</span>&lt;i&gt;</ins>"), html);
        assertTrue(html.contains("&amp; &#39;q&#39;<span class=\"cc\" title=\"U+000D carriage return\">CR</span>\n"), html);
    }

    /** The page's script parses data-conf as a JavaScript number, whatever the JVM's locale. */
    @Test
    void confidencesAreWrittenWithADotInAnyLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            String html = render("abc", List.of(edit(0, 1, "A", 0)), new java.util.ArrayList<>());
            assertTrue(html.contains("data-conf=\"0.90\""), html);
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void crossingMarksAndMarksPastTheCapAreLeftOver() {
        String input = "abcdefghij";
        Mark a = edit(1, 5, "X", 0);
        Mark crossing = edit(3, 7, "Y", 1);
        Mark late = edit(8, 10, "Z", 2);
        StringBuilder sb = new StringBuilder();
        List<Mark> left = MarkedText.render(input, List.of(a, crossing, late), 8, sb);
        assertEquals(List.of(crossing, late), left);
        assertTrue(sb.toString().endsWith("</span>fgh"), sb::toString);
    }

    @Test
    void pointMarksAtAnEdgeStayOutsideTheEdit() {
        Mark edit = edit(2, 4, "CD", 0);
        Mark pointAfter = new Mark(Mark.Kind.FINDING, 4, 4, "f", 0.5, "st", "P", null, "here", 1);
        StringBuilder sb = new StringBuilder();
        List<Mark> left = MarkedText.render("abcdef", List.of(edit, pointAfter), 6, sb);
        assertTrue(left.isEmpty());
        assertTrue(sb.toString().matches("ab<span[^>]*><del>cd</del><ins>CD</ins></span><mark class=\"m fd pt\"[^>]*></mark>ef"),
                sb::toString);
    }
}
