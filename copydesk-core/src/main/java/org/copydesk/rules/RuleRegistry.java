package org.copydesk.rules;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copydesk.dict.Dictionaries;

/**
 * Every rule id copydesk can emit, from {@code dictionaries/rules.tsv}: what
 * {@code copydesk rules} prints and what {@code --disable-rule} is checked
 * against. A test makes sure no stage emits an id that is not registered and
 * that every registered rule has examples.
 */
public final class RuleRegistry {
    private static final Set<String> ACTIONS = Set.of("edit", "remove", "finding");
    private static volatile RuleRegistry bundled;
    private final Map<String, RuleInfo> rules;

    private RuleRegistry(Map<String, RuleInfo> rules) {
        this.rules = Collections.unmodifiableMap(rules);
    }

    /** The registry shipped in the jar (built once). */
    public static RuleRegistry bundled() {
        RuleRegistry r = bundled;
        if (r == null) {
            r = load(Dictionaries.bundled());
            bundled = r;
        }
        return r;
    }

    /** Reads {@code rules.tsv}: id, stage, category, confidence, action, description. */
    public static RuleRegistry load(Dictionaries dictionaries) {
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        for (Dictionaries.Row row : dictionaries.table("rules.tsv")) {
            if (row.size() < 6) {
                throw row.error("expected 6 columns: id, stage, category, confidence, action, description");
            }
            double confidence;
            try {
                confidence = Double.parseDouble(row.get(3));
            } catch (NumberFormatException e) {
                throw row.error("confidence is not a number: " + row.get(3));
            }
            String action = row.get(4).toLowerCase(Locale.ROOT);
            if (!(confidence >= 0 && confidence <= 1) || !ACTIONS.contains(action)) {
                throw row.error("confidence must be 0..1 and action one of " + ACTIONS);
            }
            if (rules.containsKey(row.get(0))) {
                throw row.error("rule id registered twice: " + row.get(0));
            }
            rules.put(row.get(0), new RuleInfo(row.get(0), row.get(1), row.get(2), confidence, action, row.get(5)));
        }
        return new RuleRegistry(rules);
    }

    public Collection<RuleInfo> all() {
        return rules.values();
    }

    public Optional<RuleInfo> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public boolean contains(String id) {
        return rules.containsKey(id);
    }
}
