package org.copydesk.stage.grammar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.copydesk.CleanOptions.GrammarMode;
import org.copydesk.core.LtLanguages;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.Rule;

/**
 * What the grammar stage assumes about LanguageTool's English rules, checked against the
 * LanguageTool on the class path, so an upgrade that renames or moves them fails here instead
 * of silently running fewer (or more) checks: LanguageTool ignores an unknown id in
 * disableRule, and CHANGED mode keeps categories by name.
 */
class LanguageToolContractTest {
    private static final JLanguageTool FULL = new JLanguageTool(LtLanguages.forCode("en-US"));

    @Test
    void everyCategoryChangedModeKeepsExists() {
        Set<String> categories = FULL.getCategories().keySet().stream()
                .map(Object::toString).collect(Collectors.toSet());
        for (String kept : LanguageToolFactory.CHANGED_CATEGORIES) {
            assertTrue(categories.contains(kept), kept + " is not a LanguageTool category: " + categories);
        }
    }

    @Test
    void everyRuleTheFastSetReplacesExistsAndIsOffInTheFullCheck() {
        Set<String> ids = FULL.getAllRules().stream().map(Rule::getId).collect(Collectors.toSet());
        JLanguageTool changed = LanguageToolFactory.create(LtLanguages.forCode("en-US"), GrammarMode.CHANGED, null);
        Set<String> active = changed.getAllActiveRules().stream().map(Rule::getId).collect(Collectors.toSet());
        for (String id : FastRuleSet.LANGUAGETOOL_IDS) {
            assertTrue(ids.contains(id), id + " is no longer a LanguageTool rule");
            assertFalse(active.contains(id), id + " would run twice (fast set and LanguageTool)");
        }
    }

    @Test
    void changedModeKeepsTheNameSpellingRulesAndDropsSpelling() {
        JLanguageTool changed = LanguageToolFactory.create(LtLanguages.forCode("en-US"), GrammarMode.CHANGED, null);
        Set<String> activeCategories = changed.getAllActiveRules().stream()
                .map(r -> r.getCategory().getId().toString()).collect(Collectors.toSet());
        assertTrue(activeCategories.contains("PROPER_NOUNS"), activeCategories.toString());
        assertTrue(activeCategories.contains("GRAMMAR"), activeCategories.toString());
        assertFalse(activeCategories.contains("TYPOGRAPHY"), activeCategories.toString());
        Set<String> spelling = changed.getAllSpellingCheckRules().stream().map(Rule::getId).collect(Collectors.toSet());
        assertTrue(changed.getAllActiveRules().stream().noneMatch(r -> spelling.contains(r.getId())),
                "spelling rules stay off in CHANGED mode");
    }
}
