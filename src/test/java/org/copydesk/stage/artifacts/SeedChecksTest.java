package org.copydesk.stage.artifacts;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The seed articles' acceptance checks (../shared/seeds/checks.tsv) of this
 * stage's classes and every "keep" check, scored as the seeds' check script
 * does: quotes, dashes and white space folded. Skipped where the seeds are
 * not on disk; their text is never copied into the project.
 */
class SeedChecksTest {
    private static final Path SEEDS = Path.of(System.getProperty("copydesk.seeds", "/work/shared/seeds"));
    private static final Set<String> CLASSES = Set.of("spinner", "casing", "falsefriend", "gender", "keep");

    static String fold(String text) {
        String t = text.replaceAll("[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]", "\"")
                .replaceAll("[\u2018\u2019\u201a\u201b\u2032]", "'")
                .replaceAll("[\u2013\u2014\u2015\u2212]", "-");
        return t.replaceAll("\\s+", " ").strip();
    }

    @Test
    void seedChecksOfThisStagePass() throws IOException {
        Path checks = SEEDS.resolve("checks.tsv");
        Assumptions.assumeTrue(Files.isRegularFile(checks), "seed articles not available");
        Copydesk desk = Copydesk.builder().build();
        Map<String, String> cleaned = new HashMap<>();
        List<String> failed = new ArrayList<>();
        int passed = 0;
        for (String line : Files.readAllLines(checks, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", 4);
            if (!CLASSES.contains(c[2])) {
                continue;
            }
            String out = cleaned.computeIfAbsent(c[0], name -> {
                try {
                    CleanResult r = desk.clean(Files.readAllBytes(SEEDS.resolve(name)));
                    return fold(r.text());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            boolean ok = switch (c[1]) {
                case "must" -> out.contains(fold(c[3]));
                case "mustnot" -> !out.contains(fold(c[3]));
                case "must~" -> Pattern.compile(c[3]).matcher(out).find();
                case "once" -> out.split(Pattern.quote(fold(c[3])), -1).length == 2;
                default -> throw new IllegalStateException("unknown check kind " + c[1]);
            };
            if (ok) {
                passed++;
            } else {
                failed.add(line);
            }
        }
        System.out.println("seed checks (" + CLASSES + "): " + passed + " passed, " + failed.size() + " failed");
        failed.forEach(f -> System.out.println("FAIL " + f));
        assertTrue(failed.isEmpty(), "failed seed checks: " + failed);
    }
}
