package org.copydesk.stage.foreign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.testing.Stages;
import org.junit.jupiter.api.Test;

/**
 * Lingua's models for six languages cost over a second of CPU and 150 MB of heap to load, so the foreign
 * stage builds its detector only where its answer can change the output. English words that a French,
 * Spanish or Portuguese glossary also lists ("gay", "sexual") make runs whose source language is a close
 * call; in no language are they worth a finding, so the close call is not put to Lingua.
 */
class LinguaOnDemandTest {

    @Test
    void englishWordsAlsoListedAbroadDoNotLoadLingua() {
        Copydesk desk = Copydesk.builder().options(Stages.only("foreign")).build();
        String text = "The court struck down a law that denies gay Americans the right to marry.\n\n"
                + "Nobody asked about their creed or sexual orientation, and rich, poor, gay, straight all came.\n";
        CleanResult result = desk.clean(text);
        assertEquals(text, result.text());
        assertTrue(result.findings().isEmpty(), result.findings().toString());
        assertFalse(model(desk).passagesBuilt(), "Lingua was built for English words");
    }

    @Test
    void aForeignSentenceIsStillPutToLingua() {
        Copydesk desk = Copydesk.builder().options(Stages.only("foreign")).build();
        CleanResult result = desk.clean("She smiled. El presidente dijo que la reunión con los ministros fue un éxito total.\n");
        assertTrue(model(desk).passagesBuilt());
        assertTrue(result.findings().stream().anyMatch(f -> f.rule().equals(PassagePolicy.RULE_PASSAGE)),
                result.findings().toString());
    }

    private static ForeignModel model(Copydesk desk) {
        return ForeignModel.of(desk.resources(), desk.options().languages());
    }
}
