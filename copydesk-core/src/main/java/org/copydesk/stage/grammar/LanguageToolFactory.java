package org.copydesk.stage.grammar;

import java.util.Set;
import org.copydesk.CleanOptions.GrammarMode;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.ResultCache;
import org.languagetool.UserConfig;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.Rule;

/**
 * Builds the JLanguageTool for LanguageTool's own rules. In CHANGED mode only
 * the grammar-like categories run and spelling is off (its suggestions are
 * the costliest part of a check and the other stages own typography,
 * punctuation and casing); in FULL mode every default rule runs.
 */
final class LanguageToolFactory {
    /**
     * Categories that CHANGED mode keeps. PROPER_NOUNS is new in LanguageTool 6.8: 130 rules on the
     * spelling of names and brands (BARACK_OBAMA, A_GOOGLE, ...) moved there, 122 of them from GRAMMAR,
     * TYPOS and CONFUSED_WORDS, so keeping it keeps the checks CHANGED mode ran under 6.6 (findings only).
     */
    static final Set<String> CHANGED_CATEGORIES = Set.of("GRAMMAR", "CONFUSED_WORDS", "COLLOCATIONS",
            "NONSTANDARD_PHRASES", "TYPOS", "PROPER_NOUNS");

    private LanguageToolFactory() {
    }

    static JLanguageTool create(Language language, GrammarMode mode, ResultCache cache) {
        JLanguageTool lt = new JLanguageTool(language, cache, new UserConfig());
        EnglishChunkerModels.install(language);
        FastRuleSet.LANGUAGETOOL_IDS.forEach(lt::disableRule);
        if (mode == GrammarMode.CHANGED) {
            for (Rule spelling : lt.getAllSpellingCheckRules()) {
                lt.disableRule(spelling.getId());
            }
            for (CategoryId category : lt.getCategories().keySet()) {
                if (!CHANGED_CATEGORIES.contains(category.toString())) {
                    lt.disableCategory(category);
                }
            }
        }
        return lt;
    }
}
