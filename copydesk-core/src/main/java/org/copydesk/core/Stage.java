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

    /** Loads heavy data ahead of the first document; called in parallel for all stages. */
    default void warmUp(org.copydesk.CleanOptions options) {
    }
}
