package org.copydesk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copydesk.testing.EditLogReference;
import org.copydesk.testing.NastyText;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Property-based fuzzing of the whole default pipeline with seeded hostile
 * documents ({@link NastyText}): no stage fails, the edit log passes the
 * independent reference check (forward and backward replay, input spans), and
 * cleaning is idempotent (cleaning the output again changes nothing). A short
 * slice runs with every build; {@code fuzzLong} is tagged slow and runs with
 * {@code mvn -o test -Dtest=FuzzTest -Dsurefire.excludedGroups=}. Time is
 * measured and printed per size, never asserted. A failing seed is printed,
 * so it can be replayed with {@code NastyText.generate(seed, size)}.
 */
class FuzzTest {
    private static final Copydesk DESK = Copydesk.builder().build();
    /** Rules known to fire again on cleaned text (see {@link #run}); also used by {@code PipelineFuzzTest}. */
    static final String KNOWN_SECOND_PASS = "NAME_TRANSLITERATED";

    @Test
    void fuzzShort() {
        run(1, 20, 1_500);
    }

    @Tag("slow")
    @Test
    void fuzzLong() {
        run(1_000, 400, 6_000);
        for (int size : new int[] {10_000, 40_000, 160_000}) {
            long t0 = System.nanoTime();
            check(7L * size, size, new ArrayList<>());
            double ms = (System.nanoTime() - t0) / 1e6;
            System.out.printf(Locale.ROOT, "fuzz size %,d chars: %.0f ms (%.2f ms per KB)%n", size, ms, ms / (size / 1000.0));
        }
    }

    private static void run(long firstSeed, int count, int size) {
        List<String> failures = new ArrayList<>();
        List<String> notIdempotent = new ArrayList<>();
        for (long seed = firstSeed; seed < firstSeed + count; seed++) {
            int n = 1 + (int) (seed * 2654435761L % size + size) % size;
            try {
                check(seed, n, notIdempotent);
            } catch (RuntimeException | AssertionError e) {
                failures.add("seed " + seed + " size " + n + ": " + e);
            }
        }
        notIdempotent.forEach(s -> System.out.println("NOT IDEMPOTENT " + s));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        // known, documented in the README: a single Cyrillic letter transliterated once alone (NFC composing
        // on the second clean was a bug of NfcNormalizer's segments, fixed). Any other rule firing on
        // cleaned text is a new failure.
        List<String> unexpected = notIdempotent.stream()
                .filter(s -> !s.matches("seed \\d+ size \\d+: \\[(?:(?:" + KNOWN_SECOND_PASS + ") \"[^\"]*\"->\"[^\"]*\"(?:, )?)+\\]"))
                .toList();
        System.out.printf(Locale.ROOT, "fuzz: %d documents, %d change again when cleaned twice (%d of unknown kind)%n",
                count, notIdempotent.size(), unexpected.size());
        assertTrue(unexpected.isEmpty(), "cleaning the output again changes it:\n" + String.join("\n", unexpected));
    }

    private static void check(long seed, int size, List<String> notIdempotent) {
        String input = NastyText.generate(seed, size);
        CleanResult r = DESK.clean(input);
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("STAGE_FAILED")),
                () -> "seed " + seed + ": " + r.findings().stream().filter(f -> f.rule().equals("STAGE_FAILED")).toList());
        List<String> problems = EditLogReference.problems(r);
        assertTrue(problems.isEmpty(), () -> "seed " + seed + ": " + problems);
        CleanResult again = DESK.clean(r.text());
        if (!again.edits().isEmpty()) {
            notIdempotent.add("seed " + seed + " size " + size + ": " + again.edits().stream()
                    .map(e -> e.rule() + " \"" + e.original() + "\"->\"" + e.replacement() + "\"").limit(5).toList());
        }
    }
}
