package org.copydesk.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColumnsTest {
    @Test
    void gapsThatEndAtOneColumnAreColumns() {
        assertTrue(Columns.shareAGap("Sawyer X  5.30.0       2019-May-22", "Steve     5.30.1       2019-Nov-10"));
        assertTrue(Columns.shareAGap("eq  equality", "ne  inequality"));
    }

    @Test
    void doubledSpacesHereAndThereAreNoColumns() {
        assertFalse(Columns.shareAGap("The  minister left early.", "Voters  queued from noon."));
        assertFalse(Columns.shareAGap("The minister left early.", "Voters queued from noon."));
        // leading indentation is the margin, not a column
        assertFalse(Columns.shareAGap("  indented line", "  another one"));
    }

    @Test
    void aGapEndsWhereTheNextWordStarts() {
        String text = "ab  cd\nef  gh";
        assertTrue(Columns.gapEndsAt(text, 0, 6, 4));
        assertFalse(Columns.gapEndsAt(text, 0, 6, 3));
        assertTrue(Columns.gapEndsAt(text, 7, text.length(), 4));
    }

    @Test
    void aGapLinesUpWithOneAboveOrBelow() {
        String text = "lt  less than\ngt  greater than\nThe  end came.";
        assertTrue(Columns.alignedWithNeighbour(text, 0, 4), "the line below");
        assertTrue(Columns.alignedWithNeighbour(text, text.indexOf("gt"), 4), "the line above");
        assertFalse(Columns.alignedWithNeighbour(text, text.indexOf("The"), 5), "no neighbour's gap ends there");
    }
}
