package org.copydesk.stage.blocks;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One row of boilerplate.tsv: a whole-line RE2 pattern (linear time, so a
 * careless user pattern cannot hang a batch), the label it gives, and the
 * metadata its named groups carry; with the literals read from the pattern
 * that a line must hold for it to match ({@link RequiredLiterals}).
 */
record BlockRule(Label label, String id, double confidence, Scope scope, Limits limits, Pattern pattern,
                 String where, RequiredLiterals literals) {

    enum Label {
        BOILERPLATE, METADATA, CAPTION, DATELINE, BODY;

        /** The label a removed block carries in the result. */
        String removedLabel() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        boolean removes() {
            return this != DATELINE && this != BODY;
        }
    }

    enum Scope { LINE, LIST }

    /**
     * The metadata of a match (empty map when the pattern has no groups), or empty when the rule does not apply.
     * {@code folded} is the block's text {@link RequiredLiterals#fold folded}: without the pattern's literals
     * the pattern cannot match, and is not run.
     */
    Optional<Map<String, String>> match(Block block, boolean subheadPosition, MetadataReader reader, String folded) {
        if (!limits.admit(block, subheadPosition) || !literals.admits(folded)) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(block.text());
        if (!m.matches()) {
            return Optional.empty();
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (String group : pattern.namedGroups().keySet()) {
            String value = m.group(group);
            if (value == null) {
                continue;
            }
            Optional<String> read = reader.read(group, value, label);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            metadata.put(group, read.get());
        }
        return Optional.of(metadata);
    }
}
