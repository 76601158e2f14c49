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

    @Test
    void aPhraseShapeSplitsTwoContentWordsAndNamesItsEvidence() {
        GlueSplitter.Reading adverb = read("The mayor worked veryclosely with the board.", "veryclosely").orElseThrow();
        assertEquals("very closely", adverb.fixed());
        assertTrue(adverb.confidence() >= 0.8 && adverb.evidence().contains("only an adverb"), adverb.toString());
        GlueSplitter.Reading derived = read("They argued for the publicgood all night.", "publicgood").orElseThrow();
        assertEquals("public good", derived.fixed());
        assertTrue(derived.confidence() >= 0.8 && derived.evidence().contains("derived adjective"), derived.toString());
        GlueSplitter.Reading noun = read("Vetoes of appropriationbills were rare.", "appropriationbills").orElseThrow();
        assertTrue(noun.confidence() >= 0.8 && noun.evidence().contains("derived noun"), noun.toString());
    }

    @Test
    void compoundsOfShortWordsAgentsAndOldParticiplesAreNoPhrase() {
        assertTrue(GlueSplitter.phraseShape("decision", "making") == null);
        assertTrue(GlueSplitter.phraseShape("business", "owners") == null);
        assertTrue(GlueSplitter.phraseShape("olive", "yard") == null);
        assertTrue(GlueSplitter.phraseShape("threshing", "place") == null);
        assertTrue(GlueSplitter.phraseShape("home", "care") == null);
        GlueSplitter.Reading r = read("Better decisionmaking helped.", "decisionmaking").orElse(null);
        assertTrue(r == null || r.confidence() < APPLY, String.valueOf(r));
    }

    @Test
    void theDocumentWritingTwoContentWordsApartIsNoEvidence() {
        // the KJV writes "mercy seat" and "mercyseat"; official English "job training" and "jobtraining"
        GlueSplitter.Reading r = read("The mercy seat stood there; the mercyseat was gold.", "mercyseat").orElse(null);
        assertTrue(r == null || r.confidence() < APPLY, String.valueOf(r));
    }

    @Test
    void quantifiersAndSentenceAdverbsAreReadBesideTheirNeighbours() {
        assertEquals("now we", read("The rain stopped, and nowwe can start.", "nowwe").orElseThrow().fixed());
        GlueSplitter.Reading many = read("For all the manytasks ahead, we are ready.", "manytasks").orElseThrow();
        assertEquals("many tasks", many.fixed());
        assertTrue(many.confidence() >= APPLY, many.toString());
        GlueSplitter.Reading more = read("The farms used morepesticides than before.", "morepesticides").orElseThrow();
        assertTrue(more.confidence() >= APPLY, more.toString());
    }

    @Test
    void anArticleBeforeAndADeterminerAfterMakeAPrepositionNotADroppedG() {
        GlueSplitter.Reading r = read("There was a woundin our town.", "woundin").orElseThrow();
        assertEquals("wound in", r.fixed());
        assertTrue(r.confidence() >= APPLY && r.evidence().contains("preposition"), r.toString());
        assertFalse(read("He was woundin up the clock.", "woundin").filter(x -> x.confidence() >= APPLY).isPresent());
    }

    @Test
    void afterAModalOnlyTheBareFormFits() {
        GlueSplitter.Reading r = read("The ban will beenforced from May.", "beenforced").orElseThrow();
        assertEquals("be enforced", r.fixed());
        assertTrue(r.confidence() >= APPLY && r.evidence().contains("modal"), r.toString());
        GlueSplitter.Reading tie = read("The ban has beenforced on us.", "beenforced").orElseThrow();
        assertTrue(tie.confidence() < APPLY, tie.toString());
    }
}
