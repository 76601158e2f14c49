package org.copydesk.stage.spacing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.Edit;
import org.copydesk.core.StageCatalog;
import org.junit.jupiter.api.Test;

/**
 * "No damage": on the public-domain prose that {@code scripts/clean-english.sh}
 * writes to {@code target/clean-english/} (KJV Bible, The Devil's Dictionary),
 * the spacing stage may change at most one thing per 100,000 words. Prints
 * the figure and every change. Skips when the files have not been generated.
 */
class SpacingCleanEnglishTest {
    private static final Path DIR = Path.of("target/clean-english");

    @Test
    void atMostOneChangePerHundredThousandWords() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.isDirectory(DIR) ? Files.list(DIR) : Stream.empty()) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "run scripts/clean-english.sh first");
        Copydesk desk = Copydesk.builder().build();
        Set<String> others = new HashSet<>(StageCatalog.ids());
        others.remove("spacing");
        CleanOptions only = CleanOptions.defaults().withDisabledStages(others);
        long words = 0;
        int changes = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            words += text.split("\\s+").length;
            CleanResult r = desk.clean(text, only);
            for (Edit e : r.edits()) {
                changes++;
                String context = text.substring(Math.max(0, e.start() - 30), Math.min(text.length(), e.end() + 30));
                System.out.printf("  %s %s: [%s] -> [%s] in \"%s\"%n", file.getFileName(), e.rule(),
                        e.original().replace("\n", "\\n"), e.replacement().replace("\n", "\\n"),
                        context.replace("\n", "\\n"));
            }
        }
        double per100k = changes * 100_000.0 / words;
        System.out.printf("clean English: %d words, %d changes, %.2f per 100,000 words%n", words, changes, per100k);
        assertTrue(per100k <= 1.0, "too many changes on clean English: " + per100k + " per 100,000 words");
    }
}
