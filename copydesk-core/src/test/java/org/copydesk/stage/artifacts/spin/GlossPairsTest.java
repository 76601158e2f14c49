package org.copydesk.stage.artifacts.spin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The packaged table of word pairs in WordNet's definitions and examples, read back. */
class GlossPairsTest {
    @Test
    void theTablesPairsAreReadBackWithTheirCounts() {
        GlossPairs prose = GlossPairs.get();
        System.out.printf("WordNet gloss pairs: %d, read in %d ms%n", prose.size(), prose.loadMillis());
        assertEquals(191_842, prose.size());
        // terms WordNet's own prose writes, either number
        assertTrue(prose.countAnyNumber("nuclear", "weapon") >= 20, "nuclear weapon(s)");
        assertTrue(prose.countAnyNumber("income", "tax") >= 5, "income tax(es)");
        assertTrue(prose.countAnyNumber("police", "officers") > 0, "police officer(s)");
        // spins no definition writes
        assertEquals(0, prose.countAnyNumber("income", "taxation"));
        assertEquals(0, prose.countAnyNumber("security", "strengths"));
        assertEquals(0, prose.count("weapons", "nuclear"));
    }

    @Test
    void aPairIsTwoAdjacentContentWordsWithNothingBetween() {
        List<String> pairs = new ArrayList<>();
        GlossPairs.pairsOf("a tax levied on income; \"the income tax was raised\"", pairs::add);
        // "levied on", "on income": a short word; "tax was raised": a function word; ";" and quotes break a pair
        assertEquals(List.of("tax levied", "income tax"), pairs);
    }
}
