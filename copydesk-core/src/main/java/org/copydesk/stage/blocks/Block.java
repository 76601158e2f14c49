package org.copydesk.stage.blocks;

import org.copydesk.text.LineKind;

/**
 * One non-blank line of the text with the features the classifier reads.
 *
 * @param index     position among the blocks (0 = first)
 * @param lineNo    line number in the text, to tell adjacent lines from lines with a blank between
 * @param lineStart where the line starts (leading spaces included)
 * @param lineEnd   where the line ends (before its newline)
 * @param start     where the line's text starts (after leading spaces)
 * @param end       where the line's text ends (before trailing spaces)
 * @param raw       the line without its leading and trailing spaces
 * @param text      folded for matching: straight quotes, plain dashes, single spaces, no leading bullet
 * @param bulleted  the line starts with a list bullet
 * @param words     number of words (tokens with a letter or digit)
 * @param terminal  the last character (before closing quotes and brackets) ends a sentence or clause: . ! ? : ; …
 * @param ellipsis  the line ends with an ellipsis, as a cut teaser does
 * @param indent    leading spaces of the line (a tab counts four): preformatted text and code are indented
 * @param kind      the shared analysis' kind of the line (prose, code, heading, list item, table row)
 * @param codeLike  the line holds a URL, address, identifier or markup, or is code by the shared analysis
 * @param quotation the line is a quotation or a line of dialogue: it opens with a quotation mark, lies inside
 *                  quotation marks, or ends with an attribution ("... -- Mark Twain")
 */
record Block(int index, int lineNo, int lineStart, int lineEnd, int start, int end, String raw, String text, boolean bulleted,
             int words, boolean terminal, boolean ellipsis, int indent, LineKind kind, boolean codeLike,
             boolean quotation) {

    /** A folded label on a line of its own, to ask the pattern rows about part of a line. */
    static Block label(String folded) {
        char last = lastSignificant(folded);
        return new Block(0, 0, 0, folded.length(), 0, folded.length(), folded, folded, false,
                BlockSplitter.countWords(folded), ".!?:;…".indexOf(last) >= 0, false, 0, LineKind.HEADING, false, false);
    }

    /** A sentence of six or more words that ends in . ! or ?: prose, not a label. */
    boolean sentence() {
        if (words < 6) {
            return false;
        }
        char last = lastSignificant(text);
        return last == '.' || last == '!' || last == '?';
    }

    /** Short and without a closing full stop: a headline, a list item, a menu entry. */
    boolean titleLike() {
        char last = lastSignificant(text);
        return words >= 1 && words <= 20 && last != '.' && last != ';' && last != ',';
    }

    /** A paragraph of running prose, the kind a subhead introduces. */
    boolean bodyParagraph() {
        return words >= 15 && terminal;
    }

    /** An item of a list or a row of a table: content in its own right, repeated by design. */
    boolean listOrTable() {
        return bulleted || kind == LineKind.LIST_ITEM || kind == LineKind.TABLE_ROW;
    }

    /** Sentence ends (. ! ? followed by a space or the end of the line) in the line. */
    int sentences() {
        int n = 0;
        String t = text;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == t.length() || t.charAt(i + 1) == ' '
                    || t.charAt(i + 1) == '"' || t.charAt(i + 1) == ')')) {
                n++;
            }
        }
        return n;
    }

    static char lastSignificant(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c != '"' && c != '\'' && c != ')' && c != ']' && c != '*' && !Character.isWhitespace(c)) {
                return c;
            }
        }
        return ' ';
    }
}
