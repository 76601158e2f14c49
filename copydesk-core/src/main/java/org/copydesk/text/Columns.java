package org.copydesk.text;

/**
 * Text laid out in columns: a run of two or more spaces inside a line that ends where one on a
 * neighbouring line ends (" eq  equality" over " ne  inequality", "Sawyer X  5.30.0" over
 * "Steve     5.30.1"). Stripped markup leaves a doubled space here and there, never one that
 * lines up with its neighbour's, so the alignment is the evidence of a table or a list set in columns.
 */
public final class Columns {
    private Columns() {
    }

    /** A gap of two or more spaces ends at {@code column} of the line [lineStart, lineEnd) of {@code text}. */
    public static boolean gapEndsAt(CharSequence text, int lineStart, int lineEnd, int column) {
        int at = lineStart + column;
        return column >= 2 && at < lineEnd && !Character.isWhitespace(text.charAt(at))
                && text.charAt(at - 1) == ' ' && text.charAt(at - 2) == ' ';
    }

    /**
     * On the line above or below the one starting at {@code lineStart}, a gap also ends at {@code column}: the
     * word there starts a column (" eq  equality" over " ne  inequality").
     */
    public static boolean alignedWithNeighbour(String text, int lineStart, int column) {
        int prevEnd = lineStart - 1;
        if (prevEnd >= 0 && gapEndsAt(text, text.lastIndexOf('\n', prevEnd - 1) + 1, prevEnd, column)) {
            return true;
        }
        int lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) {
            return false;
        }
        int nextEnd = text.indexOf('\n', lineEnd + 1);
        return gapEndsAt(text, lineEnd + 1, nextEnd < 0 ? text.length() : nextEnd, column);
    }

    /** A gap inside line {@code a} (after its first word) ends at the same column as one inside line {@code b}. */
    public static boolean shareAGap(String a, String b) {
        int first = firstWordEnd(a);
        for (int c = first + 2; c < a.length(); c++) {
            if (gapEndsAt(a, 0, a.length(), c) && c > firstWordEnd(b) + 1 && gapEndsAt(b, 0, b.length(), c)) {
                return true;
            }
        }
        return false;
    }

    private static int firstWordEnd(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        while (i < line.length() && line.charAt(i) != ' ') {
            i++;
        }
        return i;
    }
}
