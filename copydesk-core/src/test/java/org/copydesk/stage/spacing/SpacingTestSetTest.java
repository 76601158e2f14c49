package org.copydesk.stage.spacing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.testing.Stages;
import org.copydesk.testing.Tally;
import org.copydesk.testing.TestResources;
import org.junit.jupiter.api.Test;

/**
 * The measured test set of issue 3 for the spacing stage: at least 150 glued
 * or punctuation defects must be fixed at 90% or better, and not one of at
 * least 100 look-alikes may change.
 */
class SpacingTestSetTest {
    @Test
    void fixesNinetyPercentAndLeavesEveryLookAlike() {
        Copydesk desk = Copydesk.builder().build();
        CleanOptions only = Stages.only("spacing");
        Tally defects = new Tally();
        Tally lookAlikes = new Tally();
        for (TestResources.Row row : TestResources.rows("/testsets/spacing.tsv")) {
            String input = TestResources.unescape(row.cells()[0]);
            String expected = TestResources.unescape(row.cells()[1]);
            CleanResult r = desk.clean(input, only);
            assertEquals(input, r.reconstructInput());
            Tally tally = input.equals(expected) ? lookAlikes : defects;
            tally.count(r.text().equals(expected), () -> input + "  =>  " + r.text());
        }
        double rate = defects.percent();
        System.out.printf("spacing test set: %d/%d defects fixed (%.1f%%), %d look-alikes, %d changed%n",
                defects.passed(), defects.total(), rate, lookAlikes.total(), lookAlikes.failures().size());
        defects.failures().forEach(m -> System.out.println("  missed:  " + m.replace("\n", "\\n")));
        lookAlikes.failures().forEach(d -> System.out.println("  DAMAGED: " + d.replace("\n", "\\n")));
        assertTrue(defects.total() >= 150, "need at least 150 defects, have " + defects.total());
        assertTrue(lookAlikes.total() >= 100, "need at least 100 look-alikes, have " + lookAlikes.total());
        assertTrue(lookAlikes.failures().isEmpty(), "look-alikes changed: " + lookAlikes.failures());
        assertTrue(rate >= 90.0, "fix rate " + rate + "% is below 90%");
    }
}
