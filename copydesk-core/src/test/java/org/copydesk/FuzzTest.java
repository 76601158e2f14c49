package org.copydesk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copydesk.testing.EditLogReference;
import org.copydesk.testing.NastyText;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Property-based fuzzing of the whole default pipeline with seeded hostile
 * documents ({@link NastyText}): no stage fails, the edit log passes the
 * independent reference check (forward and backward replay, input spans), and
 * cleaning is idempotent (cleaning the output again changes nothing, except the
 * documents {@link #KNOWN_DOCUMENTS} lists, each with its rule and reason). A short
 * slice runs with every build; {@code fuzzLong} is tagged slow and runs with
 * {@code mvn -o test -Dtest=FuzzTest -Dsurefire.excludedGroups=}. Time is
 * measured and printed per size, never asserted. A failing seed is printed,
 * so it can be replayed with {@code NastyText.generate(seed, size)}.
 */
class FuzzTest {
    private static final Copydesk DESK = Copydesk.builder().build();
    /** The largest document of {@code fuzzLong}'s first series. */
    static final int LONG_SIZE = 6_000;
    /**
     * The documents known to change on a second clean, by seed, with the one rule that may fire again and
     * why. Nothing else may: no rule is exempt anywhere (NAME_TRANSLITERATED was, for lone Cyrillic letters
     * left over from cp1251 mojibake; those came from mojibake lines judged hopeless, fixed), and a listed
     * document that is stable now fails the run until it is taken off the list.
     */
    static final Map<Long, String> KNOWN_DOCUMENTS = Map.of(
            1184L, "SPACE_AFTER_PUNCTUATION: \"Theminister;the\": the comma rule judges the word before \";\""
                    + " in the same snapshot in which the glued-word rule splits it, sees no known word and only"
                    + " reports; the second clean sees \"minister;the\" and inserts the space",
            1_120_000L, "COMMA_SPACE_SWAPPED: one \" ,\" in the 160,000-character document of the timing series"
                    + " is repaired only on the second clean; not analysed yet (the rule only reports a line that"
                    + " writes the shape more than once, and another rule may repair one of two in the same pass)");

    @Test
    void fuzzShort() {
        run(1, 20, 1_500);
    }

    @Tag("slow")
    @Test
    void fuzzLong() {
        run(1_000, 400, LONG_SIZE);
        List<String> large = new ArrayList<>();
        for (int size : new int[] {10_000, 40_000, 160_000}) {
            long t0 = System.nanoTime();
            check(7L * size, size, large);
            double ms = (System.nanoTime() - t0) / 1e6; // two cleans: the timing includes the second
            System.out.printf(Locale.ROOT, "fuzz size %,d chars: %.0f ms (%.2f ms per KB)%n", size, ms, ms / (size / 1000.0));
        }
        large.forEach(s -> System.out.println("NOT IDEMPOTENT " + s));
        List<String> unexpected = large.stream().filter(s -> !known(s)).toList();
        assertTrue(unexpected.isEmpty(), "cleaning the output again changes it:\n" + String.join("\n", unexpected));
        assertTrue(large.stream().anyMatch(s -> s.startsWith("seed 1120000 ")),
                "seed 1120000 is listed in KNOWN_DOCUMENTS but is stable now: take it off");
    }

    private static void run(long firstSeed, int count, int size) {
        List<String> failures = new ArrayList<>();
        List<String> notIdempotent = new ArrayList<>();
        List<String> stableNow = new ArrayList<>();
        for (long seed = firstSeed; seed < firstSeed + count; seed++) {
            int n = 1 + (int) (seed * 2654435761L % size + size) % size;
            int before = notIdempotent.size();
            try {
                check(seed, n, notIdempotent);
            } catch (RuntimeException | AssertionError e) {
                failures.add("seed " + seed + " size " + n + ": " + e);
            }
            if (KNOWN_DOCUMENTS.containsKey(seed) && notIdempotent.size() == before) {
                stableNow.add("seed " + seed + " is listed in KNOWN_DOCUMENTS but is stable now: take it off");
            }
        }
        notIdempotent.forEach(s -> System.out.println("NOT IDEMPOTENT " + s));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        // a listed document may change again only by its listed rule; any other document, any other rule fails
        List<String> unexpected = notIdempotent.stream().filter(s -> !known(s)).toList();
        System.out.printf(Locale.ROOT, "fuzz: %d documents, %d change again when cleaned twice (%d not listed)%n",
                count, notIdempotent.size(), unexpected.size());
        assertTrue(unexpected.isEmpty(), "cleaning the output again changes it:\n" + String.join("\n", unexpected));
        assertTrue(stableNow.isEmpty(), String.join("\n", stableNow));
    }

    /** "seed N size M: [RULE ...]" of a listed document whose every second-pass edit is its listed rule. */
    private static boolean known(String line) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("seed (\\d+) size \\d+: \\[(.*)\\]").matcher(line);
        if (!m.matches() || !KNOWN_DOCUMENTS.containsKey(Long.parseLong(m.group(1)))) {
            return false;
        }
        String rule = KNOWN_DOCUMENTS.get(Long.parseLong(m.group(1))).split(":", 2)[0];
        return m.group(2).matches("(?:" + rule + " \"[^\"]*\"->\"[^\"]*\"(?:, )?)+");
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
