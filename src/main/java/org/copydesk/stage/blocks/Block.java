package org.copydesk.stage.blocks;

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
 */
record Block(int index, int lineNo, int lineStart, int lineEnd, int start, int end, String raw, String text, boolean bulleted,
             int words, boolean terminal, boolean ellipsis) {

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
