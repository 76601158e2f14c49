package org.copydesk.stage.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.copydesk.CleanOptions;
import org.copydesk.Copydesk;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed articles (shared/seeds, read in place, never copied): every "keep"
 * check must pass in every style, and the "names" check must pass up to the
 * case of "And", which is the casing stage's part.
 */
class NamesSeedTest {
    private static Path seeds() {
        return Stream.of(Path.of("../shared/seeds"), Path.of("../../shared/seeds"), Path.of("/work/shared/seeds"))
                .filter(p -> Files.isRegularFile(p.resolve("checks.tsv"))).findFirst().orElse(null);
    }

    /** As the seeds' check script folds both sides: curly quotes and dashes to ASCII, runs of space to one. */
    private static String fold(String s) {
        return s.replaceAll("[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]", "\"").replaceAll("[\u2018\u2019\u201a\u201b\u2032]", "'")
                .replaceAll("[\u2013\u2014\u2015\u2212]", "-").replaceAll("\\s+", " ").strip();
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "ap", "reuters"})
    void keepAndNamesChecksPass(String style) throws IOException {
        Path dir = seeds();
        assumeTrue(dir != null, "seed articles not found beside the project");
        Copydesk desk = Copydesk.builder().build();
        List<String> failed = new ArrayList<>();
        int checked = 0;
        for (String line : Files.readAllLines(dir.resolve("checks.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", 4);
            if (!c[2].equals("keep") && !c[2].equals("names")) {
                continue;
            }
            String out = fold(desk.clean(Files.readAllBytes(dir.resolve(c[0])), CleanOptions.defaults().withStyle(style)).text());
            boolean ok = switch (c[1]) {
                case "must" -> c[2].equals("names")
                        ? out.toLowerCase(Locale.ROOT).contains(fold(c[3]).toLowerCase(Locale.ROOT)) : out.contains(fold(c[3]));
                case "must~" -> Pattern.compile(c[3]).matcher(out).find();
                case "mustnot" -> !out.contains(fold(c[3]));
                default -> true;
            };
            checked++;
            if (!ok) {
                failed.add(c[0] + " " + c[1] + " [" + c[2] + "] " + c[3]);
            }
        }
        System.out.printf("seed checks keep+names, style %s: %d of %d pass%n", style, checked - failed.size(), checked);
        assertEquals(List.of(), failed);
    }
}
