package org.copydesk.stage.artifacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.stage.artifacts.SpunCollocationRule.Swap;
import org.copydesk.testing.Stages;
import org.junit.jupiter.api.Test;

/** The swapped word as evidence of a spin: its use in the shared sense and its frequency against the original's. */
class SpunCollocationSwapTest {
    private static final Copydesk DESK = Copydesk.builder().options(Stages.only(ArtifactsStage.ID)).build();

    @Test
    void aRareSynonymNobodyUsesInThatSenseIsDecisiveAlone() {
        // "furiousness" (class 0) for violence (13), SemCor count 0 in the shared synset
        Swap furiousness = new Swap("furiousness", "violence", 0, true, 0, 13);
        assertTrue(furiousness.decisive());
        // a similar adjective is often the narrower term a writer means ("semiautomatic" weapons)
        assertFalse(new Swap("semiautomatic", "automatic", 0, false, 6, 11).decisive());
        // writers do use the word in that sense
        assertFalse(new Swap("metropolis", "city", 7, true, 6, 16).decisive());
        // a word the lexicon lacks (a British spelling) is no evidence
        assertFalse(new Swap("programme", "program", 0, true, -1, 15).decisive());
        assertFalse(new Swap("programme", "program", 0, true, -1, 15).odd());
    }

    @Test
    void aCommonWordsMissingSenseCountIsNoFix() {
        // SemCor is small: "tough" for hard has a count of 0 and is still a word writers choose
        Swap tough = new Swap("tough", "hard", 0, true, 11, 14);
        assertFalse(tough.misused());
        assertFalse(tough.improbable());
        assertTrue(tough.odd(), "counts towards a spun document, fixed only where the document shows more");
    }

    @Test
    void oneSpinIsFixedByItsWordAndAnotherOnlyInADocumentThatReadsAsSpun() {
        CleanResult alone = DESK.clean("The mayor thanked the elected functionaries for their work on the budget.");
        assertTrue(alone.edits().isEmpty(), alone.edits().toString());
        CleanResult spun = DESK.clean("The bill protects elected functionaries from lawsuits and pays for vocational"
                + " grooming in every county.");
        assertEquals("The bill protects elected officials from lawsuits and pays for vocational training in every"
                + " county.", spun.text());
        assertTrue(spun.edits().stream().allMatch(e -> e.rule().equals("SPIN_COLLOCATION")
                && e.reason().contains("SemCor count 0") && e.reason().contains("2 phrases")), spun.edits().toString());
    }

    @Test
    void aRareWordAloneIsFixedAmongPlainWordsButNotInProseFullOfRareWords() {
        String plain = "The shelter helps victims of domestic furiousness across the county, the director said.";
        CleanResult fixed = DESK.clean(plain);
        assertEquals(plain.replace("furiousness", "violence"), fixed.text());
        assertTrue(fixed.edits().get(0).reason().contains("other words are plain"), fixed.edits().toString());
        // our own archaic prose: thither, verily, raiment, wroth, kine, smote, beseech, yonder... are rare words
        // the author writes on purpose, so a rare word in a sense the tagged corpus lacks shows no thesaurus
        String archaic = "And he went thither with his kine, and verily his raiment was torn, for the men of"
                + " the city were wroth and smote him. Then he said, I beseech thee, let me pass yonder, for the"
                + " shelter keeps the victims of domestic furiousness and the widows that dwell there. Lo, the"
                + " firmament was dark, and he shewed them the way, wherefore they let him go.";
        CleanResult kept = DESK.clean(archaic);
        assertEquals(archaic, kept.text(), kept.edits().toString());
    }
}
