package org.copydesk.stage.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteAttributionTest {
    private static Optional<QuoteAttribution.Trailer> trailer(String line) {
        return QuoteAttribution.trailer(line, 0, line.length());
    }

    @Test
    void aColonAndAVerbOfSayingAttributeTheQuotation() {
        QuoteAttribution.Trailer t = trailer("The mayor told reporters: “The bridge is open,” she said.").orElseThrow();
        assertTrue(t.attributed());
        assertEquals("she", t.pronoun());
        assertEquals("said", t.verb());
        assertEquals(',', t.punctChar());
    }

    @Test
    void aQuoteOpeningTheSentenceIsNotAttributed() {
        QuoteAttribution.Trailer t = trailer("“The bridge is open,” she said.").orElseThrow();
        assertFalse(t.attributed());
    }

    @Test
    void aColonWithoutAVerbOfSayingAttributesNothing() {
        assertFalse(trailer("Two words on the sign: “Keep out.” said.").orElseThrow().attributed());
    }

    @Test
    void aCapitalisedSubjectAfterTheQuoteIsNoFragment() {
        assertTrue(trailer("He said: “We will win,” said Putin.").isEmpty());
    }

    @Test
    void anotherQuotationInsideMakesThePairingUncertain() {
        assertTrue(trailer("He said: “They called it “a farce”.” said.").isEmpty());
    }

    @Test
    void aSubjectlessFragmentHasNoPronoun() {
        QuoteAttribution.Trailer t = trailer("Zelenskiy said: “We will bring them home.” used phrases.").orElseThrow();
        assertNull(t.pronoun());
        assertEquals("used", t.verb());
        assertEquals("phrases", t.object());
    }

    @Test
    void anArticleJoinedIntoANameIsNoArticle() {
        assertTrue(ArticleSound.partOfWord("Xiong'an", 6, 8));
        assertTrue(ArticleSound.partOfWord("Port-a-Prince", 5, 6));
        assertFalse(ArticleSound.partOfWord("'an apple'", 1, 3));
        assertFalse(ArticleSound.partOfWord("not an apple", 4, 6));
    }
}
