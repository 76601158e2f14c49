package org.copydesk.stage.grammar;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.copydesk.dict.Dictionaries;

/**
 * Which grammar rules may change the text, from
 * {@code dictionaries/grammar-autofix.tsv} (RULE_ID, confidence, reason);
 * later rows win, so a user file can lower a confidence below the threshold.
 */
final class AutofixPolicy {
    static final String FILE = "grammar-autofix.tsv";
    /** Confidence given to a match that is only reported. */
    static final double FINDING_CONFIDENCE = 0.5;

    private final Map<String, Double> confidence;

    private AutofixPolicy(Map<String, Double> confidence) {
        this.confidence = confidence;
    }

    static AutofixPolicy load(Dictionaries dictionaries) {
        Map<String, Double> map = new HashMap<>();
        for (Dictionaries.Row row : dictionaries.table(FILE)) {
            try {
                map.put(row.get(0), Double.parseDouble(row.get(1)));
            } catch (NumberFormatException e) {
                throw row.error("confidence is not a number: " + row.get(1));
            }
        }
        return new AutofixPolicy(map);
    }

    /** The confidence to apply this rule's single suggestion with, or empty when it is only reported. */
    OptionalDouble autofix(String ruleId) {
        Double c = confidence.get(ruleId);
        return c == null ? OptionalDouble.empty() : OptionalDouble.of(c);
    }
}
