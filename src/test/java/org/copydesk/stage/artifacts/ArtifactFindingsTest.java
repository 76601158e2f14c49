package org.copydesk.stage.artifacts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.Finding;
import org.copydesk.core.StageCatalog;
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
    Stream<DynamicTest> everyFindingExample() throws IOException {
        Set<String> others = new HashSet<>(StageCatalog.ids());
        others.remove(ArtifactsStage.ID);
        CleanOptions only = CleanOptions.defaults().withDisabledStages(others);
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/examples/artifacts-findings.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) {
                    continue;
                }
                String[] c = lines[i].split("\t", -1);
                String rule = c[0];
                String input = c[1];
                String suggestion = c[2];
                tests.add(DynamicTest.dynamicTest((i + 1) + " " + rule + " " + input, () -> {
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
        }
        return tests.stream();
    }
}
