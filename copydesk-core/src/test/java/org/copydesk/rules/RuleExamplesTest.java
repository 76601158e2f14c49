package org.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.core.StageCatalog;
import org.copydesk.testing.Stages;
import org.copydesk.testing.TestResources;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule example of every stage, LanguageTool-style: files
 * {@code src/test/resources/examples/<stage>.tsv}, rows
 * {@code RULE_ID <TAB> input <TAB> expected}. The stage runs alone. Where
 * expected equals input the row is a look-alike that must stay untouched;
 * otherwise the output must equal expected and an edit with that rule id must
 * be in the log. {@code \n} in a cell stands for a newline.
 */
class RuleExamplesTest {
    private static final Copydesk DESK = Copydesk.builder().build();

    @TestFactory
    Stream<DynamicTest> everyExampleOfEveryRule() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String stage : StageCatalog.ids()) {
            String file = "/examples/" + stage + ".tsv";
            if (!TestResources.exists(file)) {
                continue;
            }
            CleanOptions only = Stages.only(stage);
            for (TestResources.Row row : TestResources.rows(file)) {
                String[] cells = row.cells();
                if (cells.length < 3) {
                    throw new IllegalStateException("examples/" + stage + ".tsv:" + row.number() + ": need 3 columns");
                }
                String rule = cells[0];
                String input = TestResources.unescape(cells[1]);
                String expected = TestResources.unescape(cells[2]);
                String name = stage + ":" + row.number() + " " + rule + " " + abbreviate(input);
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    CleanResult r = DESK.clean(input, only);
                    assertEquals(expected, r.text(), "output of " + rule);
                    assertEquals(input, r.reconstructInput());
                    if (!expected.equals(input)) {
                        assertTrue(r.edits().stream().anyMatch(e -> e.rule().equals(rule)),
                                "no edit by rule " + rule + " in " + r.edits());
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static String abbreviate(String s) {
        String one = s.replace("\n", "⏎");
        return one.length() > 50 ? one.substring(0, 50) + "…" : one;
    }
}
