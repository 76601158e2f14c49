package org.copydesk.stage.artifacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.Edit;
import org.copydesk.testing.Stages;
import org.junit.jupiter.api.Test;

/**
 * The books' evidence ({@code BookBigrams}, Google Books' most frequent word pairs): a phrase books write is
 * English and stays, however spun the document; in a spun document a swap books never write while they write
 * the term is restored; of several collocations the one books write most is chosen.
 */
class SpunCollocationBooksTest {
    private static final Copydesk DESK = Copydesk.builder().options(Stages.only(ArtifactsStage.ID)).build();

    /** Improbable swaps of our own making: a document that reads as spun by its words alone. */
    private static final String SPUN = "The bill protects elected functionaries from lawsuits and pays for vocational"
            + " grooming in every county. Travail unions said the drug revilement program would help.";

    @Test
    void aSwapBooksNeverWriteIsRestoredInASpunDocument() {
        // "lands" for countries: WordNet synonyms that writers seldom use so (7 SemCor uses), two frequency classes
        // rarer; WordNet's prose has nothing to say, books write "developing countries" far above their floor
        CleanResult r = DESK.clean(SPUN + " Aid to developing lands rose for the third year.");
        assertTrue(r.text().contains("Aid to developing countries rose"), r.text());
        Edit e = r.edits().stream().filter(x -> x.replacement().equals("developing countries")).findFirst()
                .orElseThrow();
        assertEquals("SPIN_COLLOCATION", e.rule());
        assertTrue(e.reason().contains("books write 'developing country' about"), e.reason());
        assertTrue(e.reason().contains("'developing lands' fewer than 7 million"), e.reason());
    }

    @Test
    void theSameSwapInACleanDocumentStays() {
        String clean = "Aid to developing lands rose for the third year, the accountants said, and the board met on"
                + " Monday to discuss it.";
        CleanResult r = DESK.clean(clean);
        assertEquals(clean, r.text());
    }

    @Test
    void aPhraseBooksWriteStaysEvenInASpunDocument() {
        // "safe haven" has a synonym term (safe harbor) but books write it 19 million times
        CleanResult r = DESK.clean(SPUN + " The town became a safe haven for traders from developing lands.");
        assertTrue(r.text().contains("became a safe haven"), r.text());
        assertTrue(r.edits().stream().noneMatch(x -> x.original().contains("haven")), r.edits().toString());
    }

    @Test
    void ofSeveralCollocationsTheOneBooksWriteMostIsChosen() {
        // "thermonuclear" is a synonym of both "nuclear" and "atomic": books write "nuclear weapons" 166 million
        // times, "atomic weapons" too seldom to be listed
        CleanResult r = DESK.clean(SPUN + " The treaty bans thermonuclear weapons in space.");
        Edit e = r.edits().stream().filter(x -> x.original().equals("thermonuclear weapons")).findFirst()
                .orElseThrow(() -> new AssertionError(r.edits() + " / " + r.findings()));
        assertEquals("nuclear weapons", e.replacement());
        assertTrue(e.reason().contains("books write it most"), e.reason());
    }

    @Test
    void aSimilarAdjectiveIsRestoredOnlyInAHeavilySpunDocument() {
        // "angelic" is similar to "good" (not its synonym): writers choose narrower adjectives on purpose, so the
        // books' evidence takes it only where the document's spin score reaches 10
        String sentence = " Doctors said the angelic health of the children had improved.";
        CleanResult heavy = DESK.clean(SPUN + " Congress raised the income taxation on bonuses." + sentence);
        Edit e = heavy.edits().stream().filter(x -> x.original().equals("angelic health")).findFirst()
                .orElseThrow(() -> new AssertionError(heavy.edits() + " / " + heavy.findings()));
        assertEquals("good health", e.replacement());
        assertTrue(e.reason().contains("a similar adjective, taken as the document's spin score reaches 10"),
                e.reason());
        // three improbable swaps: a spun document (score 6 to 9), not a heavily spun one
        CleanResult lighter = DESK.clean("The bill protects elected functionaries from lawsuits. Travail unions said"
                + " the drug revilement program would help." + sentence);
        assertTrue(lighter.text().contains("the angelic health of the children"), lighter.text());
        assertTrue(lighter.findings().stream().anyMatch(f -> f.message().contains("spin score is")
                        || f.message().contains("angelic")), lighter.findings().toString());
    }
}
