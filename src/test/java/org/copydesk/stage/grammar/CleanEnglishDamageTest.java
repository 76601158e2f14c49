package org.copydesk.stage.grammar;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.Edit;
import org.copydesk.core.StageCatalog;
import org.junit.jupiter.api.Test;

/**
 * "No damage": the grammar stage alone, default options, over the public-domain
 * prose that scripts/clean-english.sh writes to target/clean-english/. Prints
 * changes per 100,000 words and what changed; skipped when the files are absent.
 */
class CleanEnglishDamageTest {
    private static final Path DIR = Path.of("target/clean-english");
    /** Old prose is not news copy: archaic "a" before "h" words is where the a/an rule is expected to act. */
    private static final double MAX_PER_100K_WORDS = 5.0;

    @Test
    void grammarStageBarelyTouchesCleanEnglish() throws IOException {
        assumeTrue(Files.isDirectory(DIR), "run scripts/clean-english.sh first");
        Set<String> others = new java.util.HashSet<>(StageCatalog.ids());
        others.remove("grammar");
        Copydesk desk = Copydesk.builder().options(CleanOptions.defaults().withDisabledStages(others)).build();
        long words = 0;
        int edits = 0;
        Map<String, Integer> byRule = new TreeMap<>();
        StringBuilder samples = new StringBuilder();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String para : Files.readString(file, StandardCharsets.UTF_8).split("\n\n")) {
                    if (para.isBlank()) {
                        continue;
                    }
                    words += para.split("\\s+").length;
                    CleanResult r = desk.clean(para);
                    for (Edit e : r.edits()) {
                        edits++;
                        byRule.merge(e.rule(), 1, Integer::sum);
                        if (samples.length() < 6000) {
                            int at = Math.max(0, e.start() - 30);
                            samples.append("  ").append(e.rule()).append(": …")
                                    .append(para.substring(at, Math.min(para.length(), e.end() + 30)).replace("\n", " "))
                                    .append("… → ").append(e.replacement()).append('\n');
                        }
                    }
                }
            }
        }
        double rate = edits * 100_000.0 / words;
        System.out.printf("grammar on clean English: %d words, %d edits, %.2f per 100k words, by rule %s%n%s",
                words, edits, rate, byRule, samples);
        assertTrue(rate <= MAX_PER_100K_WORDS, "too many changes to clean English: " + rate);
    }
}
