package org.copydesk.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.copydesk.CleanOptions;
import org.copydesk.Copydesk;

/**
 * The seed articles' acceptance checks (shared/seeds/checks.tsv), scored the
 * way the seeds' own {@code check} script scores them: both sides folded
 * (curly quotes and dashes to ASCII, runs of white space to one space), kinds
 * must, mustnot, must~ (a regex on the folded output) and once. The seeds are
 * read in place and never copied into the project; {@code -Dcopydesk.seeds=DIR}
 * names their folder, else {@code ../shared/seeds} beside the checkout (or its
 * worktree folder) is used, and tests skip themselves where there is none.
 */
public final class SeedChecks {
    private static final String CHECKS = "checks.tsv";
    /** Python's {@code str.isspace} set, which the script's {@code \s} and {@code strip()} use. */
    private static final Pattern WHITE_SPACE = Pattern.compile(
            "[\\t\\n\\x0B\\f\\r\\x1C-\\x20\\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+");

    private final Path dir;

    private SeedChecks(Path dir) {
        this.dir = dir;
    }

    /** One row of checks.tsv; {@code klass} is the defect family (DEFECTS.md), "keep" guards clean text. */
    public record Check(String file, String kind, String klass, String text) {
        /** Whether the check holds in a folded cleaned text, exactly as the check script decides it. */
        public boolean holds(String folded) {
            return switch (kind) {
                case "must" -> folded.contains(fold(text));
                case "mustnot" -> !folded.contains(fold(text));
                case "must~" -> Pattern.compile(text).matcher(folded).find();
                case "once" -> occurrences(folded, fold(text)) == 1;
                default -> throw new IllegalStateException("unknown check kind " + kind);
            };
        }

        @Override
        public String toString() {
            return file + " " + kind + " [" + klass + "] " + text;
        }
    }

    /** How one check is judged; the script's own judgement is {@link Check#holds}. */
    public interface Judge {
        boolean holds(Check check, String folded);
    }

    /** The checks that ran and the ones of them that failed. */
    public record Outcome(List<Check> checked, List<Check> failed) {
        public int passed() {
            return checked.size() - failed.size();
        }

        /** Per class, as the script prints it: "passed/checked". */
        public Map<String, String> byClass() {
            Map<String, Long> all = checked.stream().collect(Collectors.groupingBy(Check::klass, Collectors.counting()));
            Map<String, Long> bad = failed.stream().collect(Collectors.groupingBy(Check::klass, Collectors.counting()));
            Map<String, String> byClass = new TreeMap<>();
            all.forEach((k, n) -> byClass.put(k, (n - bad.getOrDefault(k, 0L)) + "/" + n));
            return byClass;
        }
    }

    /** Predicate for the checks of these classes. */
    public static Predicate<Check> inClasses(Set<String> classes) {
        return check -> classes.contains(check.klass());
    }

    /**
     * Cleans each seed article once with a default-built Copydesk and
     * {@code options}, and scores the checks {@code which} accepts as the check
     * script does. Skips the calling test where the seeds are absent.
     */
    public static Outcome run(Predicate<Check> which, CleanOptions options) {
        return run(which, options, Check::holds);
    }

    /** As {@link #run(Predicate, CleanOptions)}, each check judged by {@code judge}. */
    public static Outcome run(Predicate<Check> which, CleanOptions options, Judge judge) {
        Optional<Path> dir = directory();
        assumeTrue(dir.isPresent(), "seed articles not found; set -Dcopydesk.seeds=DIR");
        return new SeedChecks(dir.get()).score(which, Copydesk.builder().build(), options, judge);
    }

    private static Optional<Path> directory() {
        String property = System.getProperty("copydesk.seeds");
        Stream<Path> candidates = property != null ? Stream.of(Path.of(property))
                : Stream.of(Path.of("../shared/seeds"), Path.of("../../shared/seeds"), Path.of("/work/shared/seeds"));
        return candidates.filter(p -> Files.isRegularFile(p.resolve(CHECKS))).findFirst();
    }

    private Outcome score(Predicate<Check> which, Copydesk desk, CleanOptions options, Judge judge) {
        Map<String, String> cleaned = new HashMap<>();
        List<Check> checks = checks(which);
        List<Check> failed = new ArrayList<>();
        for (Check check : checks) {
            String folded = cleaned.computeIfAbsent(check.file(), name -> fold(desk.clean(bytes(name), options).text()));
            if (!judge.holds(check, folded)) {
                failed.add(check);
            }
        }
        return new Outcome(checks, failed);
    }

    private List<Check> checks(Predicate<Check> which) {
        List<Check> checks = new ArrayList<>();
        for (String line : read(dir.resolve(CHECKS))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", 4);
            if (c.length < 4) {
                throw new IllegalStateException("checks.tsv: need 4 columns: " + line);
            }
            Check check = new Check(c[0], c[1], c[2], c[3]);
            if (which.test(check)) {
                checks.add(check);
            }
        }
        return checks;
    }

    /** The check script's fold: straight quotes, plain hyphens, single spaces, no outer space. */
    public static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            sb.append(switch (ch) {
                case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb' -> '"';
                case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032' -> '\'';
                case '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                default -> ch;
            });
        }
        return WHITE_SPACE.matcher(sb).replaceAll(" ").strip();
    }

    /** Non-overlapping occurrences, as Python's {@code str.count}. */
    private static int occurrences(String haystack, String needle) {
        if (needle.isEmpty()) {
            return haystack.length() + 1;
        }
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    private byte[] bytes(String seedFile) {
        try {
            return Files.readAllBytes(dir.resolve(seedFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
