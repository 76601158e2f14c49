package org.copydesk.stage.artifacts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.Finding;
import org.copydesk.testing.Stages;
import org.copydesk.testing.TestResources;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The flag-only side of the artifacts rules (examples/artifacts-findings.tsv):
 * where the context is not decisive the rule changes nothing and a finding
 * carries the suggestion; "-" rows are look-alikes that must not be flagged.
 */
class ArtifactFindingsTest {
    private static final Copydesk DESK = Copydesk.builder().build();

    @TestFactory
    Stream<DynamicTest> everyFindingExample() {
        CleanOptions only = Stages.only(ArtifactsStage.ID);
        List<DynamicTest> tests = new ArrayList<>();
        for (TestResources.Row row : TestResources.rows("/examples/artifacts-findings.tsv")) {
            String[] c = row.cells();
            String rule = c[0];
            String input = c[1];
            String suggestion = c[2];
            tests.add(DynamicTest.dynamicTest(row.number() + " " + rule + " " + input, () -> {
                CleanResult r = DESK.clean(input, only);
                assertTrue(r.edits().stream().noneMatch(e -> e.rule().equals(rule)),
                        "a flag-only example must not be fixed by its rule: " + r.edits());
                List<Finding> mine = r.findings().stream().filter(f -> f.rule().equals(rule)).toList();
                if (suggestion.equals("-")) {
                    assertTrue(mine.isEmpty(), "unexpected findings " + mine);
                } else {
                    assertTrue(mine.stream().anyMatch(f -> suggestion.equals(f.suggestion())),
                            "no finding with suggestion '" + suggestion + "' in " + r.findings());
                }
            }));
        }
        return tests.stream();
    }
}
