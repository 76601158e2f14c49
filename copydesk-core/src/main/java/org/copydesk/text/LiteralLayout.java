package org.copydesk.text;

/**
 * Markdown fences and reST literal blocks, read one line at a time: the layouts that make a block of code or
 * program output whatever its lines say. One reader serves the line kinds ({@link TextAnalysis}) and the text's
 * margin ({@link TextMargin}), so the two agree on where such a block begins and ends.
 */
final class LiteralLayout {
    private boolean fenced;
    /** Indentation of the line that opened a literal block; -1 outside one. */
    private int literalIndent = -1;

    /**
     * Reads the next line, indented {@code indent}: true when it is a fence (``` or ~~~) or lies inside a fenced
     * block or, not blank, inside a literal block (deeper than the line that opened it).
     */
    boolean holds(String line, int indent) {
        boolean blank = line.isBlank();
        if (literalIndent >= 0 && !blank && indent <= literalIndent) {
            literalIndent = -1;
        }
        boolean fence = line.startsWith("```") || line.startsWith("~~~");
        boolean inside = fence || fenced || literalIndent >= 0 && !blank;
        fenced ^= fence;
        return inside;
    }

    /** The line just read, indented {@code indent}, opens a literal block: the deeper lines under it are literal. */
    void openLiteral(int indent) {
        literalIndent = indent;
    }

    /**
     * A reST paragraph ending in "::" or a directive (".. code-block:: python", ".. note::"): the lines under it
     * are literal. {@code line} is stripped of its surrounding whitespace.
     */
    static boolean opensLiteralBlock(String line) {
        return line.endsWith("::") || line.startsWith(".. ") && line.indexOf("::") > 3;
    }

    /** Leading spaces and tabs of a line, each one column. */
    static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
