package org.copydesk.stage.spacing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The ordinal suffix that a number glued to a word must carry for the split to be trusted. */
class OrdinalGlueRuleTest {
    @Test
    void suffixFollowsTheLastDigitsOfTheNumber() {
        assertEquals("st", OrdinalGlueRule.suffix("21"));
        assertEquals("nd", OrdinalGlueRule.suffix("2"));
        assertEquals("rd", OrdinalGlueRule.suffix("103"));
        assertEquals("th", OrdinalGlueRule.suffix("11"));
        assertEquals("th", OrdinalGlueRule.suffix("112"));
        assertEquals("th", OrdinalGlueRule.suffix("4"));
    }
}
