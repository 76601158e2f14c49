package org.copydesk.stage.spacing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.copydesk.core.Resources;
import org.copydesk.dict.Dictionaries;
import org.copydesk.text.TextAnalysis;
import org.junit.jupiter.api.Test;

/** The general glue reading: what evidence splits a token, what only reports it, what keeps it whole. */
class GlueSplitterTest {
    private static final SpacingLexicon LEXICON = SpacingLexicon.load(new Resources(Dictionaries.bundled()));
    private static final double APPLY = 0.75;

    private static Optional<GlueSplitter.Reading> read(String text, String token) {
        int start = text.indexOf(token);
        return GlueSplitter.read(token, start, start + token.length(), new TextView(TextAnalysis.of(text)), LEXICON);
    }

    @Test
    void functionWordAndCommonWordAreSplitWithTheirWordClassesAsTheReason() {
        GlueSplitter.Reading r = read("The council said wemust act before the vote.", "wemust").orElseThrow();
        assertEquals("we must", r.fixed());
        assertTrue(r.confidence() >= APPLY, r.toString());
        assertTrue(r.evidence().contains("subject") && r.evidence().contains("modal"), r.evidence());
    }

    @Test
    void aPluralBeforeAVerbIsNoCompound() {
        GlueSplitter.Reading r = read("Most expertspredicted a rise in prices.", "expertspredicted").orElseThrow();
        assertEquals("experts predicted", r.fixed());
        assertTrue(r.confidence() >= APPLY, r.toString());
    }

    @Test
    void twoNounsMayBeACompoundAndAreOnlyReported() {
        GlueSplitter.Reading r = read("The state pays for homecare in rural areas.", "homecare").orElseThrow();
        assertTrue(r.confidence() < APPLY, r.toString());
    }

    @Test
    void aDocumentWithCodeOnlyReports() {
        String text = "Example:\n    x = run(a)\n\nThe check wemust run first.\n";
        GlueSplitter.Reading r = read(text, "wemust").orElseThrow();
        assertTrue(r.confidence() < APPLY && r.evidence().contains("code"), r.toString());
    }

    @Test
    void aRivalWordOneLetterAwayOnlyReports() {
        GlueSplitter.Reading r = read("We can forsee the end of it.", "forsee").map(x -> x).orElse(null);
        assertTrue(r == null || r.confidence() < APPLY, String.valueOf(r));
    }

    @Test
    void namesVariantsDerivedFormsAndTheDocumentsOwnWordsStayWhole() {
        assertFalse(read("In full armour they rode out.", "armour").isPresent());
        assertFalse(read("Thou shewest mercy unto thousands.", "shewest").isPresent());
        assertFalse(read("General Mattis spoke to the troops.", "Mattis").isPresent());
        assertFalse(read("The todo list grew; every todo was late.", "todo").isPresent());
        assertFalse(read("Call the init function once.", "init").isPresent());
    }

    @Test
    void aCapitalisedFunctionWordSplitsOnlyAtASentenceStart() {
        assertEquals("She looked", read("Shelooked at the map.", "Shelooked").orElseThrow().fixed());
        assertFalse(read("The singer Shelooked sang.", "Shelooked").isPresent());
    }
}
