package org.copydesk.stage.grammar;

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
import java.util.regex.Pattern;
import org.copydesk.CleanOptions;
import org.copydesk.CleanOptions.GrammarMode;
import org.copydesk.Copydesk;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The seed articles' acceptance checks of class {@code grammar} and
 * {@code keep} (/work/shared/seeds/checks.tsv, read in place, never copied),
 * folded as the seeds' check script folds them. Skipped where the seeds are
 * absent.
 */
class SeedChecksTest {
    private static final Path SEEDS = Path.of(System.getProperty("copydesk.seeds", "/work/shared/seeds"));

    @ParameterizedTest
    @EnumSource(value = GrammarMode.class, names = {"CHANGED", "FULL"})
    void grammarAndKeepChecksPass(GrammarMode mode) throws IOException {
        Path checks = SEEDS.resolve("checks.tsv");
        assumeTrue(Files.isRegularFile(checks), "seed checks not present");
        Copydesk desk = Copydesk.builder().options(CleanOptions.defaults().withGrammar(mode)).build();
        Map<String, String> cleaned = new HashMap<>();
        List<String> failed = new ArrayList<>();
        int run = 0;
        for (String line : Files.readAllLines(checks, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", 4);
            if (!c[2].equals("grammar") && !c[2].equals("keep")) {
                continue;
            }
            String text = cleaned.computeIfAbsent(c[0], f -> fold(desk.clean(read(SEEDS.resolve(f))).text()));
            String want = c[1].equals("must~") ? c[3] : fold(c[3]);
            boolean ok = switch (c[1]) {
                case "must" -> text.contains(want);
                case "mustnot" -> !text.contains(want);
                case "must~" -> Pattern.compile(want).matcher(text).find();
                case "once" -> text.indexOf(want) >= 0 && text.indexOf(want) == text.lastIndexOf(want);
                default -> throw new IllegalStateException("unknown kind " + c[1]);
            };
            run++;
            if (!ok) {
                failed.add(c[0] + " " + c[1] + " " + c[2] + ": " + c[3]);
            }
        }
        System.out.println("seed grammar+keep checks (" + mode + "): " + (run - failed.size()) + "/" + run + " passed");
        assertTrue(failed.isEmpty(), "failed: " + failed);
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String fold(String s) {
        String t = s.replaceAll("[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]", "\"")
                .replaceAll("[\u2018\u2019\u201a\u201b\u2032]", "'")
                .replaceAll("[\u2013\u2014\u2015\u2212]", "-");
        return t.replaceAll("\\s+", " ").strip();
    }
}
