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
        java.util.Map<String, int[]> bySection = new java.util.LinkedHashMap<>();
        String section = "";
        for (String line : TestResources.text("/testsets/spacing.tsv").split("\n")) {
            if (line.startsWith("# --- ")) {
                section = line.substring(6);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            String input = TestResources.unescape(cells[0]);
            String expected = TestResources.unescape(cells[1]);
            CleanResult r = desk.clean(input, only);
            assertEquals(input, r.reconstructInput());
            Tally tally = input.equals(expected) ? lookAlikes : defects;
            boolean right = r.text().equals(expected);
            tally.count(right, () -> input + "  =>  " + r.text());
            int[] counts = bySection.computeIfAbsent(section, k -> new int[2]);
            counts[0] += right ? 1 : 0;
            counts[1]++;
        }
        bySection.forEach((name, c) -> System.out.printf("  %-60s %d/%d%n", name, c[0], c[1]));
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
