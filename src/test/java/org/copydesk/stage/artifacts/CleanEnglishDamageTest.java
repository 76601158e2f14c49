package org.copydesk.stage.artifacts;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.copydesk.Finding;
import org.copydesk.core.StageCatalog;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * "No damage": the stage alone over the public-domain prose that
 * scripts/clean-english.sh writes to target/clean-english (KJV Bible, The
 * Devil's Dictionary), cut into documents of about news-article size. At most
 * one change per 100,000 words; every change and the finding count are printed.
 * Skipped when the files have not been generated.
 */
class CleanEnglishDamageTest {
    private static final Path DIR = Path.of("target/clean-english");
    private static final int DOCUMENT_CHARS = 6000;

    @Test
    void atMostOneChangePer100kWords() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DIR), "run scripts/clean-english.sh first");
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Assumptions.assumeFalse(files.isEmpty(), "run scripts/clean-english.sh first");
        Set<String> others = new HashSet<>(StageCatalog.ids());
        others.remove(ArtifactsStage.ID);
        CleanOptions only = CleanOptions.defaults().withDisabledStages(others);
        Copydesk desk = Copydesk.builder().options(only).build();
        long words = 0;
        List<String> changes = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        long t0 = System.nanoTime();
        long chars = 0;
        for (Path file : files) {
            for (String doc : documents(Files.readString(file, StandardCharsets.UTF_8))) {
                words += doc.split("\\s+").length;
                chars += doc.length();
                CleanResult r = desk.clean(doc);
                for (Edit e : r.edits()) {
                    changes.add(file.getFileName() + ": " + e.rule() + " [" + context(doc, e.start(), e.end())
                            + "] -> " + e.replacement());
                }
                for (Finding f : r.findings()) {
                    findings.add(file.getFileName() + ": " + f.rule() + " [" + context(doc, f.start(), f.end())
                            + "] ? " + f.suggestion());
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double per100k = changes.size() * 100_000.0 / words;
        System.out.printf("clean English: %d words, %d changes (%.2f per 100k words), %d findings, %.0f KB/s%n",
                words, changes.size(), per100k, findings.size(), chars / 1024.0 / seconds);
        changes.forEach(c -> System.out.println("  CHANGE " + c));
        findings.forEach(f -> System.out.println("  FINDING " + f));
        assertTrue(words > 100_000, "too little text to measure: " + words + " words");
        assertTrue(per100k <= 1.0, "too many changes on clean English: " + changes);
    }

    private static List<String> documents(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder doc = new StringBuilder();
        for (String block : text.split("\n\n")) {
            doc.append(block).append("\n\n");
            if (doc.length() >= DOCUMENT_CHARS) {
                out.add(doc.toString());
                doc.setLength(0);
            }
        }
        if (doc.length() > 0) {
            out.add(doc.toString());
        }
        return out;
    }

    private static String context(String doc, int start, int end) {
        int from = Math.max(0, start - 40);
        int to = Math.min(doc.length(), end + 40);
        return (doc.substring(from, start) + ">>" + doc.substring(start, end) + "<<" + doc.substring(end, to))
                .replace('\n', ' ');
    }
}
