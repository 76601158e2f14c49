package org.copydesk.stage.spacing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.core.StageCatalog;
import org.junit.jupiter.api.Test;

/**
 * The measured test set of issue 3 for the spacing stage: at least 150 glued
 * or punctuation defects must be fixed at 90% or better, and not one of at
 * least 100 look-alikes may change.
 */
class SpacingTestSetTest {
    @Test
    void fixesNinetyPercentAndLeavesEveryLookAlike() throws IOException {
        Copydesk desk = Copydesk.builder().build();
        Set<String> others = new HashSet<>(StageCatalog.ids());
        others.remove("spacing");
        CleanOptions only = CleanOptions.defaults().withDisabledStages(others);
        int defects = 0;
        int fixed = 0;
        int lookAlikes = 0;
        List<String> missed = new ArrayList<>();
        List<String> damaged = new ArrayList<>();
        for (String[] row : rows()) {
            String input = row[0];
            String expected = row[1];
            CleanResult r = desk.clean(input, only);
            assertEquals(input, r.reconstructInput());
            if (input.equals(expected)) {
                lookAlikes++;
                if (!r.text().equals(input)) {
                    damaged.add(input + "  =>  " + r.text());
                }
            } else {
                defects++;
                if (r.text().equals(expected)) {
                    fixed++;
                } else {
                    missed.add(input + "  =>  " + r.text());
                }
            }
        }
        double rate = 100.0 * fixed / defects;
        System.out.printf("spacing test set: %d/%d defects fixed (%.1f%%), %d look-alikes, %d changed%n",
                fixed, defects, rate, lookAlikes, damaged.size());
        missed.forEach(m -> System.out.println("  missed:  " + m.replace("\n", "\\n")));
        damaged.forEach(d -> System.out.println("  DAMAGED: " + d.replace("\n", "\\n")));
        assertTrue(defects >= 150, "need at least 150 defects, have " + defects);
        assertTrue(lookAlikes >= 100, "need at least 100 look-alikes, have " + lookAlikes);
        assertTrue(damaged.isEmpty(), "look-alikes changed: " + damaged);
        assertTrue(rate >= 90.0, "fix rate " + rate + "% is below 90%");
    }

    private static List<String[]> rows() throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = SpacingTestSetTest.class.getResourceAsStream("/testsets/spacing.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                out.add(new String[] {unescape(cells[0]), unescape(cells[1])});
            }
        }
        return out;
    }

    private static String unescape(String cell) {
        return cell.replace("\\n", "\n").replace("\\t", "\t");
    }
}
