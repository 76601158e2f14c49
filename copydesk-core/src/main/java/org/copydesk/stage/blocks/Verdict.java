package org.copydesk.stage.blocks;

import java.util.Map;

/**
 * What the classifier decided for a block that is not plain body.
 *
 * @param label      "boilerplate", "metadata", "caption", "duplicate" (removed), "dateline" or "body" (kept)
 * @param metadata   values for {@code CleanResult.metadata}, by key
 */
record Verdict(String label, String rule, double confidence, String reason, Map<String, String> metadata) {
    static final String DUPLICATE = "duplicate";

    boolean removes() {
        return !label.equals("dateline") && !label.equals("body");
    }

    /** This verdict's label and rule for a line that goes with this one, with its own confidence and reason. */
    Verdict carriedTo(double confidence, String reason) {
        return new Verdict(label, rule, confidence, reason, Map.of());
    }

    /** The same verdict with its confidence scaled by {@code factor} and {@code evidence} added to its reason. */
    Verdict scaled(double factor, String evidence) {
        return new Verdict(label, rule, confidence * factor, reason + evidence, metadata);
    }
}
