package org.copydesk.stage.artifacts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.testing.Stages;
import org.copydesk.testing.Tally;
import org.copydesk.testing.TestResources;
import org.junit.jupiter.api.Test;

/**
 * The measured test set of issue 5 (testsets/artifacts.tsv): at least 150
 * artifacts across the classes, of which 90% must be fixed (or, for
 * flag-only rows, reported with the right suggestion), and look-alikes that
 * must come out untouched. Rates are printed per class.
 */
class ArtifactTestSetTest {
    private static final double BAR = 0.90;

    @Test
    void ninetyPercentFixedAndNoLookAlikeTouched() {
        CleanOptions only = Stages.only(ArtifactsStage.ID);
        Copydesk desk = Copydesk.builder().build();
        Map<String, int[]> perClass = new TreeMap<>();
        Tally artifacts = new Tally();
        Tally lookAlikes = new Tally();
        for (TestResources.Row row : TestResources.rows("/testsets/artifacts.tsv")) {
            String[] c = row.cells();
            String kind = c[0];
            String klass = c[1];
            String input = c[2];
            String expected = c[3];
            CleanResult r = desk.clean(input, only);
            int[] tally = perClass.computeIfAbsent(klass + " " + kind, k -> new int[2]);
            boolean ok = switch (kind) {
                case "fix" -> r.text().equals(expected);
                case "flag" -> r.text().equals(input) && r.findings().stream()
                        .anyMatch(f -> f.category().equals(klass) && expected.equals(f.suggestion()));
                case "keep" -> r.edits().isEmpty();
                default -> throw new IllegalStateException("unknown kind " + kind);
            };
            tally[ok ? 0 : 1]++;
            if (kind.equals("keep")) {
                lookAlikes.count(ok, () -> input + " => " + r.text());
            } else {
                artifacts.count(ok, () -> input + " => " + r.text() + "  " + r.findings());
            }
        }
        double rate = artifacts.rate();
        System.out.printf("artifacts test set: %d/%d artifacts handled (%.1f%%), %d look-alikes damaged%n",
                artifacts.passed(), artifacts.total(), rate * 100, lookAlikes.failures().size());
        perClass.forEach((k, v) -> System.out.printf("  %-20s %d/%d%n", k, v[0], v[0] + v[1]));
        artifacts.failures().forEach(m -> System.out.println("  MISSED " + m));
        lookAlikes.failures().forEach(d -> System.out.println("  DAMAGED " + d));
        assertTrue(artifacts.total() >= 150, "the test set needs at least 150 artifacts, has " + artifacts.total());
        assertTrue(rate >= BAR, "handled " + rate + " < " + BAR);
        assertTrue(lookAlikes.failures().isEmpty(), "look-alikes changed: " + lookAlikes.failures());
    }
}
