package org.copydesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.copydesk.testing.EditLogReference;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sample in {@code corpus/}: {@code NAME.dirty.txt} cleaned with the
 * default options must equal {@code NAME.clean.txt}, its edit log must pass the
 * independent reference check, and the log itself (rule, input span,
 * replacement of each edit) must equal the golden {@code NAME.edits.tsv}, so a
 * change that keeps the text but records other spans or rules is seen.
 * After an intended change, regenerate the golden logs with
 * {@code mvn -o test -Dtest=CorpusTest -Dcopydesk.updateGolden=true} and review the diff.
 */
class CorpusTest {
    private static final Path CORPUS = Path.of("corpus");
    private static final boolean UPDATE = Boolean.getBoolean("copydesk.updateGolden");

    @TestFactory
    Stream<DynamicTest> everyCorpusSample() throws IOException {
        Copydesk desk = Copydesk.builder().build();
        List<Path> dirty;
        try (Stream<Path> files = Files.list(CORPUS)) {
            dirty = files.filter(p -> p.getFileName().toString().endsWith(".dirty.txt")).sorted().toList();
        }
        assertFalse(dirty.isEmpty(), "no samples in corpus/");
        return dirty.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String name = p.getFileName().toString().replace(".dirty.txt", ".clean.txt");
            String expected = Files.readString(p.resolveSibling(name), StandardCharsets.UTF_8);
            CleanResult r = desk.clean(Files.readAllBytes(p));
            assertEquals(expected, r.text());
            assertEquals(r.input(), r.reconstructInput());
            List<String> problems = EditLogReference.problems(r);
            assertTrue(problems.isEmpty(), problems::toString);
            Path golden = p.resolveSibling(p.getFileName().toString().replace(".dirty.txt", ".edits.tsv"));
            String log = editLog(r);
            if (UPDATE) {
                Files.writeString(golden, log, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(golden), golden + " missing: run with -Dcopydesk.updateGolden=true");
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), log, "edit log differs from " + golden);
        }));
    }

    /** One edit a line: rule, input start, input end, replacement (\\, tab, CR and LF escaped). */
    static String editLog(CleanResult r) {
        StringBuilder sb = new StringBuilder("# rule\tstart\tend\treplacement   (CorpusTest; regenerate with -Dcopydesk.updateGolden=true)\n");
        for (Edit e : r.edits()) {
            sb.append(e.rule()).append('\t').append(e.start()).append('\t').append(e.end()).append('\t')
                    .append(escape(e.replacement())).append('\n');
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }
}
