package org.copydesk;

/**
 * One change made to the text. {@code start}/{@code end} are offsets into the
 * input; {@code at}/{@code before} place the change in the text as it was when
 * the change was applied, so that replaying the log backwards from the output
 * gives the input back exactly (see {@link CleanResult#reconstructInput()}).
 */
public record Edit(
        int start,
        int end,
        String original,
        String replacement,
        String stage,
        String rule,
        String category,
        double confidence,
        String reason,
        int at,
        String before) implements java.io.Serializable {
}
