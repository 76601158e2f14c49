package org.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.copydesk.core.StageCatalog;
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
    Stream<DynamicTest> everyExampleOfEveryRule() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String stage : StageCatalog.ids()) {
            try (InputStream in = RuleExamplesTest.class.getResourceAsStream("/examples/" + stage + ".tsv")) {
                if (in == null) {
                    continue;
                }
                String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
                Set<String> others = new HashSet<>(StageCatalog.ids());
                others.remove(stage);
                CleanOptions only = CleanOptions.defaults().withDisabledStages(others);
                for (int i = 0; i < lines.length; i++) {
                    String line = lines[i];
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cells = line.split("\t", -1);
                    if (cells.length < 3) {
                        throw new IllegalStateException("examples/" + stage + ".tsv:" + (i + 1) + ": need 3 columns");
                    }
                    String rule = cells[0];
                    String input = unescape(cells[1]);
                    String expected = unescape(cells[2]);
                    String name = stage + ":" + (i + 1) + " " + rule + " " + abbreviate(input);
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
        }
        return tests.stream();
    }

    static String unescape(String cell) {
        return cell.replace("\\n", "\n").replace("\\t", "\t");
    }

    private static String abbreviate(String s) {
        String one = s.replace("\n", "⏎");
        return one.length() > 50 ? one.substring(0, 50) + "…" : one;
    }
}
