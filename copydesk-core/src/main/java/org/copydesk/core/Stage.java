package org.copydesk.core;

/**
 * One step of the pipeline. A stage reads {@link Draft#text()} and proposes
 * changes, findings and removals; it never sees other stages. Implementations
 * are built once and must be safe to call from many threads.
 */
public interface Stage {
    /** Stable id, used on the command line to switch the stage off. */
    String id();

    void process(Draft draft);

    /**
     * Whether this stage, having left the text as {@code judged}, would judge {@code now} (the text after the
     * stage that follows it) differently. The pipeline then runs it once more, so that cleaning twice gives
     * what cleaning once gave: otherwise the second clean would make the judgement the first one missed.
     * Checked once per document, after the next stage only; the check must be cheap (linear, no lookups).
     */
    default boolean judgesAgain(String judged, String now) {
        return false;
    }

    /**
     * Called with each document before any stage runs on it: a stage whose slow set-up the document will
     * likely need can start it in the background now, to overlap with the earlier stages. Must return at once.
     */
    default void prepare(String input, org.copydesk.CleanOptions options) {
    }

    /** Loads heavy data ahead of the first document; called in parallel for all stages. */
    default void warmUp(org.copydesk.CleanOptions options) {
    }
}
