package org.copydesk.stage.grammar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.CleanOptions;
import org.copydesk.CleanOptions.GrammarMode;
import org.copydesk.core.Resources;
import org.copydesk.dict.Dictionaries;
import org.junit.jupiter.api.Test;

/**
 * A long document starts building LanguageTool's full instance before the stages run (it would otherwise
 * stall the worker for seconds at the grammar stage); a short one does not, nor a run without the check;
 * the full check, which reads every document, always does; the default mode, whose fast rule set needs no full
 * instance, never does.
 */
class EarlyPrepareTest {
    private static final String PARAGRAPH = "The council met on Tuesday and approved the budget for the new year.\n\n";

    @Test
    void aLongDocumentStartsTheBuildAndAShortOneDoesNot() {
        CleanOptions options = CleanOptions.defaults().withGrammar(GrammarMode.CHANGED);
        GrammarStage shortDoc = new GrammarStage(new Resources(Dictionaries.bundled()));
        shortDoc.prepare(PARAGRAPH.repeat(10), options);
        assertFalse(shortDoc.languageTool(options.variant(), options.grammar()).readyOrBuilding());

        GrammarStage longDoc = new GrammarStage(new Resources(Dictionaries.bundled()));
        longDoc.prepare(PARAGRAPH.repeat(GrammarStage.PREPARE_EARLY_CHARS / PARAGRAPH.length() + 1), options);
        assertTrue(longDoc.languageTool(options.variant(), options.grammar()).readyOrBuilding());
    }

    @Test
    void noBuildWithoutTheCheckAndAlwaysOneForTheFullCheck() {
        String big = PARAGRAPH.repeat(GrammarStage.PREPARE_EARLY_CHARS / PARAGRAPH.length() + 1);
        CleanOptions off = CleanOptions.defaults().withGrammar(GrammarMode.OFF);
        GrammarStage stage = new GrammarStage(new Resources(Dictionaries.bundled()));
        stage.prepare(big, off);
        assertFalse(stage.languageTool(off.variant(), off.grammar()).readyOrBuilding());

        CleanOptions fast = CleanOptions.defaults();
        GrammarStage fastOnly = new GrammarStage(new Resources(Dictionaries.bundled()));
        fastOnly.prepare(big, fast);
        assertFalse(fastOnly.languageTool(fast.variant(), fast.grammar()).readyOrBuilding(),
                "the default mode never runs LanguageTool's full check");

        CleanOptions full = CleanOptions.defaults().withGrammar(GrammarMode.FULL);
        GrammarStage fullCheck = new GrammarStage(new Resources(Dictionaries.bundled()));
        fullCheck.prepare(PARAGRAPH, full);
        assertTrue(fullCheck.languageTool(full.variant(), full.grammar()).readyOrBuilding());
    }
}
