package org.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.cli.Main;
import org.copydesk.core.StageCatalog;
import org.copydesk.testing.TestResources;
import org.junit.jupiter.api.Test;

/** The registry is complete (no stage emits an unregistered id), every rule that changes text has examples, the CLI uses it. */
class RuleRegistryTest {
    /** Rules reachable only through non-default options or raw bytes; each has its own test (named). */
    private static final Set<String> EXAMPLES_ELSEWHERE = Set.of(
            "LINE_ENDING_CRLF", "LINE_ENDING_CR", // decode of raw bytes: BatchCommandTest, TextDecoder tests
            "FOREIGN_PASSAGE_DROP", "FOREIGN_PASSAGE_MARK", // --foreign-passages: ForeignStageTest
            "QUOTE_STYLE"); // --quotes: FtfyCasesTest

    private final RuleRegistry registry = RuleRegistry.bundled();

    @Test
    void everyIdEmittedOnExamplesAndCorpusIsRegistered() throws IOException {
        Copydesk desk = Copydesk.builder().build();
        Set<String> unregistered = new TreeSet<>();
        for (String doc : documents()) {
            CleanResult r = desk.clean(doc, CleanOptions.defaults());
            r.edits().forEach(e -> check(e.rule(), e.stage(), unregistered));
            r.findings().forEach(f -> check(f.rule(), f.stage(), unregistered));
            r.removed().forEach(b -> check(b.rule(), "blocks", unregistered));
        }
        assertTrue(unregistered.isEmpty(), "emitted but not in dictionaries/rules.tsv: " + unregistered);
    }

    private void check(String rule, String stage, Set<String> unregistered) {
        boolean languageTool = stage.equals("grammar") && LanguageToolRules.isKnown(rule);
        if (!registry.contains(rule) && !languageTool) {
            unregistered.add(stage + "/" + rule);
        }
    }

    @Test
    void everyRuleThatChangesTextHasPositiveAndNegativeExamples() {
        Set<String> positive = new HashSet<>();
        Set<String> negative = new HashSet<>();
        for (String stage : StageCatalog.ids()) {
            for (String file : List.of("/examples/" + stage + ".tsv", "/examples/" + stage + "-findings.tsv")) {
                if (TestResources.exists(file)) {
                    for (TestResources.Row row : TestResources.rows(file)) {
                        String[] c = row.cells();
                        if (c.length >= 3) {
                            (c[1].equals(c[2]) ? negative : positive).add(c[0]);
                        }
                    }
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (RuleInfo r : registry.all()) {
            if (!r.action().equals("finding") && !EXAMPLES_ELSEWHERE.contains(r.id())) {
                if (!positive.contains(r.id())) {
                    missing.add(r.id() + " (no positive example)");
                }
                if (!negative.contains(r.id())) {
                    missing.add(r.id() + " (no negative example)");
                }
            }
        }
        assertTrue(missing.isEmpty(), "rules without examples: " + missing);
    }

    @Test
    void registeredStagesExist() {
        for (RuleInfo r : registry.all()) {
            assertTrue(StageCatalog.ids().contains(r.stage()) || r.stage().equals("core"), r.toString());
        }
    }

    @Test
    void rulesCommandListsTheRegistryAndUnknownDisableRuleIsAUsageError() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"rules", "--stage", "spacing"}, System.in, print(out), print(err));
        assertEquals(0, code);
        String listing = out.toString(StandardCharsets.UTF_8);
        assertTrue(listing.contains("GLUED_FUNCTION_WORD"), listing);
        assertFalse(listing.contains("MOJIBAKE_CP1252"), "only the spacing stage was asked for");

        ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        code = Main.run(new String[] {"clean", "--disable-rule", "NO_SUCH_RULE"},
                new java.io.ByteArrayInputStream("text".getBytes(StandardCharsets.UTF_8)), print(new ByteArrayOutputStream()),
                print(err2));
        assertEquals(2, code);
        assertTrue(err2.toString(StandardCharsets.UTF_8).contains("NO_SUCH_RULE"));

        code = Main.run(new String[] {"clean", "--disable-rule", "DOUBLE_SPACE,EN_A_VS_AN"},
                new java.io.ByteArrayInputStream("A  text.".getBytes(StandardCharsets.UTF_8)),
                print(new ByteArrayOutputStream()), print(new ByteArrayOutputStream()));
        assertEquals(0, code, "registered ids and LanguageTool ids are accepted");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static List<String> documents() throws IOException {
        List<String> docs = new ArrayList<>();
        for (String stage : StageCatalog.ids()) {
            String file = "/examples/" + stage + ".tsv";
            if (TestResources.exists(file)) {
                TestResources.rows(file).forEach(row -> docs.add(row.cells()[1].replace("\\n", "\n")));
            }
        }
        try (Stream<Path> corpus = Files.list(Path.of("corpus"))) {
            for (Path p : corpus.filter(p -> p.toString().endsWith(".txt")).toList()) {
                docs.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return docs;
    }
}
