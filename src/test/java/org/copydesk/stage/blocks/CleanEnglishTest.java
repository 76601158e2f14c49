package org.copydesk.stage.blocks;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * "No damage": the blocks stage alone over the public-domain prose that
 * {@code scripts/clean-english.sh} writes to target/clean-english/, cut into
 * article-sized documents (so every document has a top and a tail for the
 * position rules). Prints every change and the rate per 100,000 words;
 * skips itself when the files are absent.
 */
class CleanEnglishTest {
    private static final Path DIR = Path.of("target/clean-english");
    /** Paragraphs per document: about a news article's worth. */
    private static final int PARAGRAPHS_PER_DOCUMENT = 25;
    private static final double MAX_CHANGES_PER_100K_WORDS = 1.0;

    @Test
    void fewChangesOnCleanProse() throws IOException {
        assumeTrue(Files.isDirectory(DIR), "run scripts/clean-english.sh first");
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "no clean English files");
        Copydesk desk = Copydesk.builder().build();
        Set<String> others = new HashSet<>(StageCatalog.ids());
        others.remove("blocks");
        CleanOptions only = CleanOptions.defaults().withDisabledStages(others);
        long words = 0;
        int changes = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (String doc : documents(text)) {
                words += doc.split("\\s+").length;
                CleanResult r = desk.clean(doc, only);
                for (Edit e : r.edits()) {
                    changes++;
                    System.out.println("  " + file.getFileName() + " " + e.rule() + ": "
                            + e.original().strip().replace("\n", " / "));
                }
            }
        }
        double rate = changes * 100_000.0 / words;
        System.out.printf("blocks on clean English: %d changes in %d words = %.2f per 100,000 words%n",
                changes, words, rate);
        assertTrue(rate <= MAX_CHANGES_PER_100K_WORDS, "too many changes on clean prose: " + rate);
    }

    private static List<String> documents(String text) {
        List<String> docs = new ArrayList<>();
        String[] paragraphs = text.split("\n\\s*\n");
        for (int i = 0; i < paragraphs.length; i += PARAGRAPHS_PER_DOCUMENT) {
            int end = Math.min(paragraphs.length, i + PARAGRAPHS_PER_DOCUMENT);
            docs.add(String.join("\n\n", java.util.Arrays.asList(paragraphs).subList(i, end)) + "\n");
        }
        return docs;
    }
}
