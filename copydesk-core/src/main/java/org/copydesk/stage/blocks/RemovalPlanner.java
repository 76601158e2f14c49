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
            if (lastKept >= 0 && i > lastKept) {
                spans[i] = new Span(blocks.get(i - 1).lineEnd(), b.lineEnd());
            } else {
                int end = i + 1 < n ? blocks.get(i + 1).lineStart() : textLength;
                spans[i] = new Span(b.lineStart(), end);
            }
        }
        return spans;
    }
}
