package org.copydesk.rules;

import org.copydesk.core.LtLanguages;
import java.util.Set;
import java.util.stream.Collectors;
import org.languagetool.JLanguageTool;

/**
 * LanguageTool's own English rule ids. The grammar stage reports LanguageTool
 * matches under LanguageTool's ids (thousands of them), so they are not copied
 * into {@code rules.tsv}; an id is valid for {@code --disable-rule} when it is
 * registered or LanguageTool knows it. Loaded only when an unregistered id is
 * asked about (it takes LanguageTool a second or two).
 */
public final class LanguageToolRules {
    private static volatile Set<String> ids;

    private LanguageToolRules() {
    }

    public static boolean isKnown(String id) {
        Set<String> known = ids;
        if (known == null) {
            JLanguageTool lt = new JLanguageTool(LtLanguages.forCode("en-US"));
            known = lt.getAllRules().stream().map(r -> r.getId()).collect(Collectors.toUnmodifiableSet());
            ids = known;
        }
        return known.contains(id);
    }

    /** Registered in {@code rules.tsv}, or one of LanguageTool's English rules. */
    public static boolean isValidRuleId(String id) {
        return RuleRegistry.bundled().contains(id) || isKnown(id);
    }
}
