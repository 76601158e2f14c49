package org.copydesk.stage.blocks;

import java.util.List;

/**
 * Where each removed block's span starts and ends so that the text left
 * behind keeps its paragraphs: a block takes its line break and the blank
 * lines after it; blocks after the last kept one take the break before them
 * instead, so the text does not end in a run of blank lines.
 */
final class RemovalPlanner {
    record Span(int start, int end) {
    }

    private RemovalPlanner() {
    }

    /** Spans for the blocks marked in {@code removed} (null for the others). */
    static Span[] plan(List<Block> blocks, boolean[] removed, int textLength) {
        int n = blocks.size();
        int lastKept = -1;
        for (int i = 0; i < n; i++) {
            if (!removed[i]) {
                lastKept = i;
            }
        }
        Span[] spans = new Span[n];
        for (int i = 0; i < n; i++) {
            if (!removed[i]) {
                continue;
            }
            Block b = blocks.get(i);
            if (lastKept >= 0 && i > lastKept || closesParagraph(blocks, removed, i)) {
                spans[i] = new Span(blocks.get(i - 1).lineEnd(), b.lineEnd());
            } else {
                int end = i + 1 < n ? blocks.get(i + 1).lineStart() : textLength;
                spans[i] = new Span(b.lineStart(), end);
            }
        }
        return spans;
    }

    /**
     * The block is in the removed run of lines that ends a paragraph whose first lines stay (a credit
     * right under the paragraph, a blank line after it): the run takes the break before each of its
     * lines, so the blank line after it still parts this paragraph from the next.
     */
    private static boolean closesParagraph(List<Block> blocks, boolean[] removed, int i) {
        int up = i;
        while (up > 0 && adjacent(blocks, up - 1, up) && removed[up - 1]) {
            up--;
        }
        if (up == 0 || !adjacent(blocks, up - 1, up)) {
            return false; // the whole paragraph goes, or the run opens it
        }
        int down = i;
        while (down + 1 < blocks.size() && adjacent(blocks, down, down + 1)) {
            if (!removed[down + 1]) {
                return false; // a kept line follows in the same paragraph
            }
            down++;
        }
        return true;
    }

    private static boolean adjacent(List<Block> blocks, int above, int below) {
        return blocks.get(below).lineNo() == blocks.get(above).lineNo() + 1;
    }
}
