package org.copydesk.stage.artifacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.Edit;
import org.copydesk.stage.artifacts.SpunCollocationRule.Swap;
import org.copydesk.testing.Stages;
import org.junit.jupiter.api.Test;

/**
 * A swap WordNet's own prose attests against (the phrase never written in its definitions and examples,
 * the term written there), fixed only where the document's spin score is high; ordinary phrases that
 * merely have a synonym term stay, in a clean document and, when WordNet's prose writes them, in a spun one.
 */
class SpunCollocationAttestedTest {
    private static final Copydesk DESK = Copydesk.builder().options(Stages.only(ArtifactsStage.ID)).build();

    /** Four improbable swaps of our own making: a document that reads as spun by its words alone. */
    private static final String SPUN = "The bill protects elected functionaries from lawsuits and pays for vocational"
            + " grooming in every county. Travail unions said the drug revilement program would help.";

    @Test
    void aSwapTheProseAttestsAgainstIsChosenOnlyWhenTheWordIsOneWritersSeldomChoose() {
        // "taxation" for tax: a synonym in a sense writers never give it, rarer (11 against 13), not common
        assertTrue(new Swap("taxation", "tax", 0, true, 11, 13).attestable());
        // a common synonym is a writer's choice as often as a swap ("gang" members ~ crew members)
        assertFalse(new Swap("gang", "crew", 2, true, 12, 14).attestable());
        // a similar adjective writers do use in that sense ("tired" body ~ dead body)
        assertFalse(new Swap("tired", "dead", 9, false, 10, 13).attestable());
        // no rarer than the original ("working" families ~ working class)
        assertFalse(new Swap("family", "class", 8, true, 15, 15).attestable());
        // a similar adjective nobody uses in that sense, much rarer ("warlike" personnel)
        assertTrue(new Swap("warlike", "military", 0, false, 8, 15).attestable());
    }

    @Test
    void inAHeavilySpunDocumentTheAttestedSwapIsFixed() {
        CleanResult r = DESK.clean(SPUN + " Congress raised the income taxation on bonuses and cut the budget for"
                + " security strengths abroad.");
        assertTrue(r.text().contains("raised the income tax on bonuses"), r.text());
        assertTrue(r.text().contains("the budget for security forces abroad"), r.text());
        Edit income = r.edits().stream().filter(e -> e.replacement().equals("income tax")).findFirst().orElseThrow();
        assertEquals("SPIN_COLLOCATION", income.rule());
        assertTrue(income.reason().contains("never write 'income taxation' but write 'income tax'")
                && income.reason().contains("spin score"), income.reason());
        assertTrue(income.confidence() >= 0.75 && income.confidence() <= 0.9, income.toString());
    }

    @Test
    void theSamePhrasesInACleanDocumentStay() {
        String clean = "Congress raised the income taxation on bonuses. The coach said the security strengths of"
                + " the defence carried the team, and the elderly man in the stands agreed after the peace"
                + " negotiations between the two clubs.";
        CleanResult r = DESK.clean(clean);
        assertEquals(clean, r.text());
        assertTrue(r.edits().isEmpty(), r.edits().toString());
    }

    @Test
    void aPhraseWordNetsProseWritesStaysEvenInASpunDocument() {
        // "elderly man" is written in WordNet's own examples: ordinary English, whatever the document
        CleanResult r = DESK.clean(SPUN + " Congress raised the income taxation on bonuses; an elderly man said so.");
        assertTrue(r.text().contains("an elderly man said so"), r.text());
        assertTrue(r.text().contains("income tax on bonuses"), r.text());
    }
}
