package org.copydesk.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContractionsTest {
    @Test
    void restoresEveryCliticOfItsHostInTheTokensCase() {
        assertEquals(Optional.of("didn't"), Contractions.restore("didnt"));
        assertEquals(Optional.of("Mightn't"), Contractions.restore("Mightnt"));
        assertEquals(Optional.of("they'd"), Contractions.restore("theyd"));
        assertEquals(Optional.of("should've"), Contractions.restore("shouldve"));
        assertEquals(Optional.of("Here's"), Contractions.restore("Heres"));
        assertEquals(Optional.of("won't"), Contractions.restore("wont"));
        assertEquals(Optional.of("I'm"), Contractions.restore("Im"));
        assertEquals(Optional.of("I've"), Contractions.restore("Ive"));
    }

    @Test
    void leavesWhatNoHostAndCliticMake() {
        assertEquals(Optional.empty(), Contractions.restore("im"), "the pronoun I is a capital");
        assertEquals(Optional.empty(), Contractions.restore("is"), "the verb, not I + s");
        assertEquals(Optional.empty(), Contractions.restore("whos"), "who's or whose");
        assertEquals(Optional.empty(), Contractions.restore("thiss"));
        assertEquals(Optional.empty(), Contractions.restore("nations"));
    }

    @Test
    void knowsAContractionWrittenWithEitherApostrophe() {
        assertTrue(Contractions.isContraction("don't"));
        assertTrue(Contractions.isContraction("I’m"));
        assertTrue(Contractions.isContraction("they'll"));
        assertFalse(Contractions.isContraction("wha't"));
        assertFalse(Contractions.isContraction("Ma'alot"));
        assertFalse(Contractions.isContraction("dont"));
    }
}
