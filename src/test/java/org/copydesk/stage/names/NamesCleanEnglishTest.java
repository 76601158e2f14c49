package org.copydesk.stage.names;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.Edit;
import org.copydesk.core.StageCatalog;
import org.junit.jupiter.api.Test;

/**
 * "No damage" on clean English (target/clean-english from scripts/clean-english.sh):
 * the names stage alone, changes per 100,000 words, and what they were.
 */
class NamesCleanEnglishTest {
    @Test
    void fewChangesOnCleanEnglish() throws IOException {
        Path dir = Path.of("target/clean-english");
        assumeTrue(Files.isDirectory(dir), "run scripts/clean-english.sh first");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assumeTrue(!files.isEmpty());
        Copydesk desk = Copydesk.builder().build();
        Set<String> others = new java.util.HashSet<>(StageCatalog.ids());
        others.remove("names");
        CleanOptions only = CleanOptions.defaults().withDisabledStages(others);
        long words = 0;
        long edits = 0;
        Map<String, Integer> what = new TreeMap<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            words += text.split("\\s+").length;
            for (String chunk : text.split("\n\n")) {
                CleanResult r = desk.clean(chunk, only);
                edits += r.edits().size();
                for (Edit e : r.edits()) {
                    what.merge(e.rule() + ": " + e.original() + " -> " + e.replacement(), 1, Integer::sum);
                }
            }
        }
        double per100k = edits * 100_000.0 / words;
        System.out.printf("names stage on clean English: %d words, %d edits, %.2f per 100,000 words%n", words, edits, per100k);
        what.forEach((k, v) -> System.out.println("  " + v + "x " + k));
        assertTrue(per100k < 1.0, "too many changes on clean English: " + per100k);
    }
}
