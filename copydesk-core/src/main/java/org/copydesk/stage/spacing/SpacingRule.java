package org.copydesk.stage.spacing;

import org.copydesk.core.Draft;

/** One family of spacing repairs: reads the snapshot, proposes edits and findings on the draft. */
interface SpacingRule {
    String GLUED = "glued";
    String PUNCTUATION = "punctuation";
    String WHITESPACE = "whitespace";

    void apply(TextView view, SpacingLexicon lexicon, Draft draft);
}
