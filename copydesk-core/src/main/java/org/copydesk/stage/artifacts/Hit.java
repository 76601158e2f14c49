package org.copydesk.stage.artifacts;

import org.copydesk.core.Draft;

/**
 * What a rule found at current [start, end): a replacement to propose (it
 * becomes a finding by itself when its confidence is below the apply
 * threshold), or, when {@code flagOnly}, a finding with the replacement as
 * suggestion. {@code needsSpun} marks hits that only count in a document the
 * spin score already shows as spun.
 */
record Hit(int start, int end, String replacement, String rule, double confidence, String reason,
           boolean flagOnly, boolean needsSpun) {
    static final double SIGNATURE_CONFIDENCE = 0.75;

    String category() {
        return Rules.category(rule);
    }

    /** Decisive spinner hits are the signatures that make up the document's spin score. */
    boolean spinSignature() {
        return category().equals(Rules.SPINNER) && confidence >= SIGNATURE_CONFIDENCE;
    }

    Hit needingSpun() {
        return new Hit(start, end, replacement, rule, confidence, reason, flagOnly, true);
    }

    void propose(Draft draft) {
        if (flagOnly) {
            draft.report(start, end, rule, category(), confidence, reason, replacement);
        } else {
            draft.replace(start, end, replacement, rule, category(), confidence, reason);
        }
    }
}
