package org.copydesk.stage.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.Finding;
import org.junit.jupiter.api.Test;

class GivenNameFinderTest {
    private static final Copydesk DESK = Copydesk.builder().build();

    private static CleanResult clean(String text) {
        return DESK.clean(text, CleanOptions.defaults());
    }

    private static List<Finding> given(CleanResult r) {
        return r.findings().stream().filter(f -> f.rule().equals(GivenNameFinder.RULE)).toList();
    }

    @Test
    void titleOfTheListedRoleConfirmsThePerson() {
        CleanResult r = clean("Gov. Gerry Brown issued an emergency proclamation for the county on Friday.\n");
        assertEquals("Gov. Jerry Brown issued an emergency proclamation for the county on Friday.\n", r.text());
        assertEquals(GivenNameFinder.RULE, r.edits().get(0).rule());
    }

    @Test
    void withoutEvidenceTheSlipIsOnlyReported() {
        String text = "Gerry Brown, who farms near the lake, said the fire came close to his barn.\n";
        CleanResult r = clean(text);
        assertEquals(text, r.text());
        assertEquals(1, given(r).size());
        assertEquals("Jerry", given(r).get(0).suggestion());
    }

    @Test
    void anotherRoleMeansAnotherPerson() {
        String text = "Sen. Gerry Brown voted against the bill, his office said.\n";
        CleanResult r = clean(text);
        assertEquals(text, r.text());
        assertEquals(List.of(), given(r));
    }

    @Test
    void distantGivenNamesAndListedOnesStay() {
        for (String text : List.of("Gordon Brown and Jerry Brown never met.\n", "Chris Brown sang on Sunday.\n",
                "Gov. Greg Abbott and Gov. Gavin Newsom spoke.\n")) {
            CleanResult r = clean(text);
            assertEquals(text, r.text());
            assertTrue(given(r).isEmpty(), text);
        }
    }

    @Test
    void documentNamingThePersonInFullIsEvidence() {
        CleanResult r = clean("Angela Merkel spoke first. Later Angla Merkel left the hall.\n");
        assertEquals("Angela Merkel spoke first. Later Angela Merkel left the hall.\n", r.text());
    }

    @Test
    void accentedGivenNameOfAListedPersonFollowsTheDocument() {
        CleanResult r = clean("Vladimir Putin spoke on Monday. President Vladimír Putin said the talks would go on.\n");
        assertEquals("Vladimir Putin spoke on Monday. President Vladimir Putin said the talks would go on.\n", r.text());
    }

    @Test
    void editDistanceCountsSwapsAsOne() {
        assertEquals(1, GivenNameFinder.editDistance("Gerry", "Jerry"));
        assertEquals(1, GivenNameFinder.editDistance("Angela", "Agnela"));
        assertEquals(2, GivenNameFinder.editDistance("Gordon", "Gorden1"));
    }

    @Test
    void tokenIndexIsTheScansAnswer() {
        // a binary search over the tokens (a scan per mention was quadratic): same index, or -1 between tokens
        String text = "Mr Anatoly Lawrow met Kim Jong-un, and then Lawrow said \u201cno\u201d.";
        List<Token> tokens = Token.tokenise(text);
        for (int pos = 0; pos <= text.length(); pos++) {
            int scan = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() == pos) {
                    scan = i;
                    break;
                }
            }
            assertEquals(scan, GivenNameFinder.tokenIndexAt(tokens, pos), "at " + pos);
        }
    }
}
