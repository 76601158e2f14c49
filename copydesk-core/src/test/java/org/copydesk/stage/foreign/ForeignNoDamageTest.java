package org.copydesk.stage.foreign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.Edit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Clean English stays clean: the legitimate look-alikes (accented names,
 * institutions, loanwords, quoted foreign phrases) never change, and on the
 * public-domain prose of scripts/clean-english.sh the stage makes at most one
 * change per 100,000 words.
 */
class ForeignNoDamageTest {
    private static final CleanOptions ONLY = ForeignTestSetTest.foreignOnly();

    @Test
    void lookAlikesStayUntouched() throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/testsets/foreign-lookalikes.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        }
        assertTrue(lines.size() >= 200, "need at least 200 look-alikes, have " + lines.size());
        List<String> changed = new ArrayList<>();
        for (String line : lines) {
            CleanResult r = ForeignTestSetTest.DESK.clean(line, ONLY);
            if (!r.text().equals(line)) {
                changed.add(line + " -> " + r.text());
            }
        }
        changed.forEach(c -> System.out.println("  look-alike changed: " + c));
        assertEquals(List.of(), changed);
    }

    @Test
    void atMostOneChangePerHundredThousandWordsOfCleanProse() throws IOException {
        Path dir = Path.of("target/clean-english");
        Assumptions.assumeTrue(Files.isDirectory(dir), "run scripts/clean-english.sh first");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Assumptions.assumeFalse(files.isEmpty(), "no clean English files");
        long words = 0;
        List<Edit> edits = new ArrayList<>();
        for (Path f : files) {
            for (String paragraph : Files.readString(f, StandardCharsets.UTF_8).split("\n\n")) {
                words += paragraph.split("\\s+").length;
                edits.addAll(ForeignTestSetTest.DESK.clean(paragraph, ONLY).edits());
            }
        }
        double per100k = edits.size() * 100_000.0 / words;
        System.out.printf("foreign no-damage: %d changes in %d words = %.2f per 100,000%n", edits.size(), words, per100k);
        edits.forEach(e -> System.out.println("  changed: '" + e.original() + "' -> '" + e.replacement() + "' (" + e.rule() + ")"));
        assertTrue(words >= 150_000, "need at least 1 MB of prose, got " + words + " words");
        assertTrue(per100k <= 1.0, String.format("%.2f changes per 100,000 words", per100k));
    }
}
