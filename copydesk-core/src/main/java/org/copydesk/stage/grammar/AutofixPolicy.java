package org.copydesk.stage.grammar;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.copydesk.dict.Dictionaries;

/**
 * Which grammar rules may change the text, from
 * {@code dictionaries/grammar-autofix.tsv} (RULE_ID, confidence, context
 * regex, reason); later rows win, so a user file can lower a confidence below
 * the apply threshold or narrow the context.
 */
final class AutofixPolicy {
    static final String FILE = "grammar-autofix.tsv";
    /** Confidence given to a match that is only reported. */
    static final double FINDING_CONFIDENCE = 0.5;

    /** An allowlisted rule: applied when {@code context} matches the matched text, a space and the next word. */
    record Fix(double confidence, Pattern context) {
        boolean appliesTo(String matchedText, String nextWord) {
            return context == null || context.matcher(matchedText + " " + nextWord).lookingAt();
        }
    }

    private final Map<String, Fix> fixes;

    private AutofixPolicy(Map<String, Fix> fixes) {
        this.fixes = fixes;
    }

    static AutofixPolicy load(Dictionaries dictionaries) {
        Map<String, Fix> map = new HashMap<>();
        for (Dictionaries.Row row : dictionaries.table(FILE)) {
            try {
                String context = row.get(2);
                map.put(row.get(0), new Fix(Double.parseDouble(row.get(1)),
                        context.isEmpty() || context.equals("-") ? null : Pattern.compile(context)));
            } catch (NumberFormatException | PatternSyntaxException e) {
                throw row.error("bad confidence or context: " + e.getMessage());
            }
        }
        return new AutofixPolicy(map);
    }

    Optional<Fix> autofix(String ruleId) {
        return Optional.ofNullable(fixes.get(ruleId));
    }
}
