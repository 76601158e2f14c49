package org.copydesk.stage.blocks;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.junit.jupiter.api.Test;

/**
 * The seed checks of the families this stage owns (boilerplate, duplicate)
 * and every "keep" check, scored on the shared seed articles as the seeds'
 * own check script scores them. The seeds are read in place, never copied;
 * the test skips itself where they are absent.
 */
class SeedChecksTest {
    private static final Path SEEDS = Path.of("/work/shared/seeds");
    private static final Set<String> CLASSES = Set.of("boilerplate", "duplicate", "keep");

    @Test
    void seedChecksOfThisStagePass() throws IOException {
        assumeTrue(Files.isRegularFile(SEEDS.resolve("checks.tsv")), "seed articles not available");
        Copydesk desk = Copydesk.builder().build();
        Map<String, String> cleaned = new HashMap<>();
        List<String> failures = new ArrayList<>();
        int passed = 0;
        for (String line : Files.readAllLines(SEEDS.resolve("checks.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", 4);
            if (!CLASSES.contains(c[2])) {
                continue;
            }
            String out = cleaned.computeIfAbsent(c[0], name -> clean(desk, SEEDS.resolve(name)));
            if (holds(c[1], c[3], out)) {
                passed++;
            } else {
                failures.add(line);
            }
        }
        System.out.println("blocks seed checks: " + passed + " passed, " + failures.size() + " failed");
        failures.forEach(f -> System.out.println("FAIL " + f));
        assertTrue(failures.isEmpty(), "failed seed checks: " + failures);
    }

    private static String clean(Copydesk desk, Path file) {
        try {
            CleanResult r = desk.clean(Files.readAllBytes(file));
            return fold(r.text());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static boolean holds(String kind, String text, String cleaned) {
        return switch (kind) {
            case "must" -> cleaned.contains(fold(text));
            case "mustnot" -> !cleaned.contains(fold(text));
            case "must~" -> Pattern.compile(text).matcher(cleaned).find();
            case "once" -> count(cleaned, fold(text)) == 1;
            default -> throw new IllegalArgumentException("unknown check kind " + kind);
        };
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    /** The check script's folding: straight quotes, plain hyphens, single spaces. */
    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            sb.append(switch (ch) {
                case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb' -> '"';
                case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032' -> '\'';
                case '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                default -> ch;
            });
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }
}
