package org.copydesk.stage.spacing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.testing.Stages;
import org.junit.jupiter.api.Test;

/**
 * A manual's notation reads like spacing damage ("Order deny,allow", "add ; to the end"): in a document about a
 * program the spacing stage reports and changes nothing; the same slip in news copy is still repaired.
 */
class SpacingInManualsTest {
    private static final Copydesk DESK = Copydesk.builder().build();
    private static final String SLIPS = "In concrete terms, Order deny,allow grants access unless a rule denies it. "
            + "The helper is known as the fast path , and it runs first.\n";

    private static CleanResult spacing(String text) {
        return DESK.clean(text, Stages.only("spacing"));
    }

    @Test
    void aManualKeepsItsNotationAndHearsAboutIt() {
        String manual = "The access rules are read in order.\n\n    my @rules = sort { $a <=> $b } @order;\n"
                + "    $count = scalar @rules;\n    print join(\", \", @rules);\n\n" + SLIPS;
        CleanResult r = spacing(manual);
        assertEquals(manual, r.text());
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("SPACE_AFTER_PUNCTUATION")
                && f.message().contains("lines or identifiers of program code")), r.findings().toString());
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("SPACE_BEFORE_PUNCTUATION")),
                r.findings().toString());
    }

    @Test
    void newsCopyIsRepairedAsBefore() {
        String story = "The council met in the harbour office on Tuesday evening.\n\n" + SLIPS;
        assertEquals("The council met in the harbour office on Tuesday evening.\n\nIn concrete terms, Order deny, allow"
                + " grants access unless a rule denies it. The helper is known as the fast path, and it runs first.\n",
                spacing(story).text());
    }
}
