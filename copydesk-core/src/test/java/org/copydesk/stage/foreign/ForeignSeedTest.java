package org.copydesk.stage.foreign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.copydesk.Copydesk;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The seed articles' checks of class "foreign" and every "keep" check, with
 * the whole pipeline and default options, folded as shared/seeds/check folds
 * them. The seeds live outside the repository (shared/seeds beside it, or
 * -Dseeds=DIR); the test skips itself when they are absent.
 */
class ForeignSeedTest {
    private static Path seeds() {
        String prop = System.getProperty("seeds");
        for (String candidate : new String[] {prop, "../shared/seeds", "../../shared/seeds", "/work/shared/seeds"}) {
            if (candidate != null && Files.isRegularFile(Path.of(candidate, "checks.tsv"))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    static String fold(String text) {
        String t = text.replaceAll("[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]", "\"")
                .replaceAll("[\u2018\u2019\u201a\u201b\u2032]", "'")
                .replaceAll("[\u2013\u2014\u2015\u2212]", "-");
        return t.replaceAll("\\s+", " ").strip();
    }

    @Test
    void foreignAndKeepChecksPass() throws IOException {
        Path dir = seeds();
        Assumptions.assumeTrue(dir != null, "seed articles not found");
        Copydesk desk = Copydesk.builder().build();
        Map<String, String> cleaned = new HashMap<>();
        List<String> failed = new ArrayList<>();
        int checked = 0;
        for (String line : Files.readAllLines(dir.resolve("checks.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", 4);
            if (!c[2].equals("foreign") && !c[2].equals("keep")) {
                continue;
            }
            String out = cleaned.computeIfAbsent(c[0], f -> {
                try {
                    return fold(desk.clean(Files.readAllBytes(dir.resolve(f))).text());
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
            checked++;
            if (!ok) {
                failed.add(String.join(" ", c));
            }
        }
        System.out.println("foreign seed checks: " + (checked - failed.size()) + "/" + checked + " passed");
        assertEquals(List.of(), failed);
    }
}
