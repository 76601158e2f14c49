package org.copydesk.stage.foreign;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OneLetterTyposTest {
    @Test
    void keyboardSlipsAreRepairable() {
        assertTrue(OneLetterTypos.typingSlip("unertainty", "uncertainty"), "a consonant missed");
        assertTrue(OneLetterTypos.typingSlip("pedstals", "pedestals"), "a lone vowel missed");
        assertTrue(OneLetterTypos.typingSlip("neccessity", "necessity"), "a key struck twice");
        assertTrue(OneLetterTypos.typingSlip("vacuuum", "vacuum"), "a key struck twice at the end of a run");
        assertTrue(OneLetterTypos.typingSlip("beseiged", "besieged"), "two neighbours swapped");
    }

    @Test
    void spellingsPunsAndFirstLettersAreNot() {
        assertFalse(OneLetterTypos.typingSlip("stedfast", "steadfast"), "one vowel of a pair: an older spelling");
        assertFalse(OneLetterTypos.typingSlip("publickly", "publicly"), "an extra letter doubling nothing");
        assertFalse(OneLetterTypos.typingSlip("unaltared", "unaltered"), "a changed letter");
        assertFalse(OneLetterTypos.typingSlip("cartesian", "artesian"), "the first letter");
        assertFalse(OneLetterTypos.typingSlip("seperate", "separate"), "a changed letter is only reported");
    }
}
