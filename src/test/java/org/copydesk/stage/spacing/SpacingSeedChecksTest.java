package org.copydesk.stage.spacing;

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
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.copydesk.Copydesk;
import org.junit.jupiter.api.Test;

/**
 * The seed articles' acceptance checks of the classes this stage answers
 * for (glued, punctuation) and every keep check, evaluated like
 * {@code shared/seeds/check} does (quotes, dashes and whitespace folded).
 * The seeds live outside the repository ({@code -Dcopydesk.seeds=DIR}, or
 * {@code ../shared/seeds} next to the checkout); the test skips without
 * them. Punctuation checks that belong to other stages are listed in
 * {@link #OTHER_STAGES}.
 */
class SpacingSeedChecksTest {
    private static final Set<String> CLASSES = Set.of("glued", "punctuation", "keep");
    /** Checks whose text another stage must repair first (none today). */
    private static final Set<String> OTHER_STAGES = Set.of();

    @Test
    void seedChecksOfGluedPunctuationAndKeepPass() throws IOException {
        Optional<Path> seeds = seedDirectory();
        assumeTrue(seeds.isPresent(), "seed articles not found; set -Dcopydesk.seeds=DIR");
        Copydesk desk = Copydesk.builder().build();
        Map<String, String> cleaned = new HashMap<>();
        List<String> failed = new ArrayList<>();
        int run = 0;
        for (String line : Files.readAllLines(seeds.get().resolve("checks.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", 4);
            if (cells.length < 4 || !CLASSES.contains(cells[2]) || OTHER_STAGES.contains(cells[3])) {
                continue;
            }
            String text = cleaned.computeIfAbsent(cells[0], name -> {
                try {
                    return fold(desk.clean(Files.readAllBytes(seeds.get().resolve(name))).text());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            run++;
            if (!holds(cells[1], cells[3], text)) {
                failed.add(cells[0] + " " + cells[1] + " [" + cells[2] + "] " + cells[3]);
            }
        }
        System.out.println("seed checks (glued, punctuation, keep): " + (run - failed.size()) + "/" + run + " pass");
        failed.forEach(f -> System.out.println("  FAIL " + f));
        assertTrue(run > 0, "no checks read");
        assertTrue(failed.isEmpty(), "failed seed checks: " + failed);
    }

    private static boolean holds(String kind, String text, String cleaned) {
        return switch (kind) {
            case "must" -> cleaned.contains(fold(text));
            case "mustnot" -> !cleaned.contains(fold(text));
            case "must~" -> Pattern.compile(text).matcher(cleaned).find();
            case "once" -> cleaned.indexOf(fold(text)) >= 0
                    && cleaned.indexOf(fold(text)) == cleaned.lastIndexOf(fold(text));
            default -> throw new IllegalArgumentException("unknown check kind " + kind);
        };
    }

    /** The fold of shared/seeds/check: curly quotes and dashes to ASCII, whitespace runs to one space. */
    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(switch (c) {
                case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb' -> '"';
                case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032' -> '\'';
                case '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                default -> c;
            });
        }
        return sb.toString().replaceAll("(?U)\\s+", " ").strip();
    }

    private static Optional<Path> seedDirectory() {
        String property = System.getProperty("copydesk.seeds");
        Stream<Path> candidates = property != null ? Stream.of(Path.of(property))
                : Stream.of(Path.of("../shared/seeds"), Path.of("../../shared/seeds"));
        return candidates.filter(p -> Files.isRegularFile(p.resolve("checks.tsv"))).findFirst();
    }
}
