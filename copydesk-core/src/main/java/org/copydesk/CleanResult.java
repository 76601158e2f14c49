package org.copydesk;

import java.util.List;
import java.util.Map;

/**
 * What cleaning one document gives: the clean text and the full record of how
 * it was reached. Offsets in edits, findings, removed blocks and language spans
 * are into {@code input}.
 */
public record CleanResult(
        String input,
        String text,
        List<Edit> edits,
        List<Finding> findings,
        List<Removed> removed,
        Map<String, Object> metadata,
        List<LanguageSpan> languages) implements java.io.Serializable {

    /** Version of the JSON layout written by {@code --format json}; bumped on incompatible change. */
    public static final String SCHEMA = "copydesk/1";

    public CleanResult {
        edits = List.copyOf(edits);
        findings = List.copyOf(findings);
        removed = List.copyOf(removed);
        // insertion order kept: Map.copyOf iterates in a per-JVM random order, and outputs must be reproducible
        metadata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
        languages = List.copyOf(languages);
    }

    public boolean changed() {
        return !text.equals(input);
    }

    /** Replays the edit log backwards from the output; equals {@code input} by construction. */
    public String reconstructInput() {
        StringBuilder sb = new StringBuilder(text);
        for (int i = edits.size() - 1; i >= 0; i--) {
            Edit e = edits.get(i);
            sb.replace(e.at(), e.at() + e.replacement().length(), e.before());
        }
        return sb.toString();
    }
}
