package org.copydesk;

import java.util.Set;
import java.util.TreeSet;
import org.copydesk.core.StageCatalog;
import org.copydesk.rules.LanguageToolRules;

/** What {@link CleanOptions} cannot check alone: stage and rule ids against the catalogue and registry. */
public final class OptionsCheck {
    private OptionsCheck() {
    }

    /** @throws IllegalArgumentException naming the unknown ids */
    public static void check(CleanOptions options) {
        Set<String> unknownStages = new TreeSet<>(options.disabledStages());
        unknownStages.removeAll(StageCatalog.ids());
        if (!unknownStages.isEmpty()) {
            throw new IllegalArgumentException("unknown stage id(s) " + unknownStages + "; known: " + StageCatalog.ids());
        }
        Set<String> unknownRules = new TreeSet<>(options.disabledRules());
        unknownRules.removeIf(LanguageToolRules::isValidRuleId);
        if (!unknownRules.isEmpty()) {
            throw new IllegalArgumentException("unknown rule id(s) " + unknownRules + "; 'copydesk rules' lists them");
        }
    }
}
