package org.copydesk.stage.blocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Pattern;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.copydesk.dict.Dictionaries;
import org.junit.jupiter.api.Test;

/**
 * The boilerplate rows skip RE2 on a line that lacks a pattern's literals: that must never skip a line the
 * pattern matches. Checked three ways: the folding agrees with RE2's case-blind matching on every cased
 * character; every row's literals admit every line of our corpus and examples that the row matches; and the
 * literals read from small patterns are the ones a reader would name.
 */
class RequiredLiteralsTest {

    @Test
    void literalsOfSmallPatterns() {
        assertEquals(List.of(Set.of("photo", "image")), RequiredLiterals.of("(?i:photo|image)\\s*:.*").sets().subList(0, 1));
        assertTrue(RequiredLiterals.of("(?i:photo|image)\\s*:.*").sets().contains(Set.of(":")));
        assertEquals(List.of(Set.of("by ")), RequiredLiterals.of("(?:By|BY) .*").sets());
        // a string that holds another of its set adds nothing to it
        assertEquals(List.of(Set.of("to top")), RequiredLiterals.of("(?i:back to top|to top|back to top button)").sets());
        assertEquals(List.of(Set.of("reuters/", "afp/")), RequiredLiterals.of("(?P<c>(?:REUTERS|AFP)/\\p{Lu}+)").sets());
        // optional and repeated parts ask for nothing beyond what every match holds
        assertTrue(RequiredLiterals.of("(?:photo)?\\d+").isEmpty());
        assertTrue(RequiredLiterals.of("a*|b").isEmpty());
        assertEquals(List.of(Set.of("ab")), RequiredLiterals.of("(?:ab){2,}").sets());
        // syntax not read here gives no literals: the pattern always runs
        assertTrue(RequiredLiterals.of("\\Qphoto\\E").isEmpty());
        assertTrue(RequiredLiterals.of("photo\\x{41}").isEmpty());
        assertTrue(RequiredLiterals.of("(?i)photo(").isEmpty());
        // a class is not a literal, whatever it holds
        assertEquals(List.of(Set.of("x")), RequiredLiterals.of("[(\\[|]?x[)\\]]").sets());
    }

    @Test
    void aLineWithoutTheLiteralsIsNotAdmitted() {
        RequiredLiterals photo = RequiredLiterals.of(".+?[ .]\\s*(?i:photo|image)\\s*(?i::|by|/)\\s*\\p{Lu}.*");
        assertFalse(photo.admits(RequiredLiterals.fold("The council voted on the budget for schools.")));
        assertTrue(photo.admits(RequiredLiterals.fold("Flood waters in Dhaka. PHOTO: Reuters")));
    }

    /** RE2 takes (?i)c to match every character of c's case orbit; fold must give them all one value. */
    @Test
    void foldingAgreesWithRe2CaseBlindMatching() {
        Set<Integer> literalChars = new TreeSet<>();
        for (int c = 0x20; c < 0x250; c++) {
            literalChars.add(c);
        }
        for (BlockRule rule : BlockRules.load(Dictionaries.bundled()).rules()) {
            rule.pattern().pattern().codePoints().forEach(literalChars::add);
        }
        List<Integer> cased = new ArrayList<>();
        for (int d = 0; d <= Character.MAX_CODE_POINT; d++) {
            if (Character.toUpperCase(d) != d || Character.toLowerCase(d) != d || Character.isTitleCase(d)) {
                cased.add(d);
            }
        }
        for (int c : literalChars) {
            if (!Character.isLetter(c) && Character.toUpperCase(c) == c && Character.toLowerCase(c) == c) {
                continue; // a character without case matches itself only
            }
            Pattern blind = Pattern.compile("(?i)" + Pattern.quote(new String(Character.toChars(c))));
            for (int d : cased) {
                if (blind.matches(new String(Character.toChars(d)))) {
                    assertEquals(RequiredLiterals.fold(c), RequiredLiterals.fold(d),
                            String.format("U+%04X and U+%04X match case-blind but fold apart", c, d));
                }
            }
        }
    }

    @Test
    void everyRowsLiteralsAdmitEveryLineItMatches() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".txt"))::iterator) {
                lines.addAll(Files.readString(f).lines().map(String::strip).toList());
            }
        }
        for (String row : Files.readAllLines(Path.of("copydesk-core/src/test/resources/examples/blocks.tsv"))) {
            for (String cell : row.split("\t")) {
                lines.addAll(List.of(cell.split("\\\\n")));
            }
        }
        List<BlockRule> rules = BlockRules.load(Dictionaries.bundled()).rules();
        int withLiterals = 0;
        int matched = 0;
        int skipped = 0;
        for (BlockRule rule : rules) {
            withLiterals += rule.literals().isEmpty() ? 0 : 1;
            for (String line : lines) {
                boolean admits = rule.literals().admits(RequiredLiterals.fold(line));
                if (rule.pattern().matcher(line).matches()) {
                    matched++;
                    assertTrue(admits, rule.id() + " " + rule.literals().sets() + " skipped a line it matches: " + line);
                } else if (!admits) {
                    skipped++;
                }
            }
        }
        assertTrue(matched > 100, "the lines must exercise the rows: " + matched);
        assertTrue(withLiterals >= rules.size() / 2, "most rows have literals: " + withLiterals + " of " + rules.size());
        assertTrue(skipped > lines.size() * 10, "the literals must spare most runs: " + skipped);
    }
}
