package org.copydesk.text;

/** What a line of the text is, as far as rules for prose care. */
public enum LineKind {
    BLANK,
    /** Running text: where prose rules act. */
    PROSE,
    /** Code, a shell session, preformatted or indented text: never touched by prose rules. */
    CODE,
    /** A short line without final punctuation, mostly capitalised: a heading or title. */
    HEADING,
    /** A bulleted or numbered item. */
    LIST_ITEM,
    /** A row of a table: cells separated by tabs, bars or runs of spaces. */
    TABLE_ROW
}
