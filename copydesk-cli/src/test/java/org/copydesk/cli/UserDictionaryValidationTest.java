package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.copydesk.Copydesk;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A malformed user dictionary row stops the run up front with {@code file:line: problem}: exit 2 on the command
 * line, an IllegalArgumentException from the builder; never a stage that silently fails on every document.
 */
class UserDictionaryValidationTest {
    private static final String GOOD = "counterfeit wisdom\tartificial intelligence\tTORTURED_PHRASE\t0.9\t-\t-\tours\n";

    @TempDir
    Path tmp;

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of("artifacts/tortured-phrases.tsv",
                        "counterfeit brain\tartificial intelligence\tTORTURED_PHRASE\thigh\t-\t-\tours\n", "high"),
                Arguments.of("artifacts/tortured-phrases.tsv", "counterfeit brain\tartificial intelligence\n",
                        "at least 4 columns"),
                Arguments.of("artifacts/tortured-phrases.tsv",
                        "counterfeit brain\tartificial intelligence\tTORTURED_PHRASE\t0.9\tnext-to-moon\t-\tours\n",
                        "unknown condition"),
                Arguments.of("boilerplate.tsv", "boilerplate\tMY_RULE\t0.9\tline\t-\t(unclosed\n", "bad RE2 pattern"),
                Arguments.of("boilerplate.tsv", "chrome\tMY_RULE\t0.9\tline\t-\tMore\n", "unknown value chrome"));
    }

    @ParameterizedTest
    @MethodSource("badRows")
    void aBadRowIsAUsageErrorWithFileAndLine(String file, String badRow, String problem) throws IOException {
        Path dict = tmp.resolve("dict");
        Path table = dict.resolve(file);
        Files.createDirectories(table.getParent());
        Files.writeString(table, "# my rows\n" + (file.startsWith("artifacts") ? GOOD : "") + badRow);
        int line = file.startsWith("artifacts") ? 3 : 2;
        Path story = Files.writeString(tmp.resolve("story.txt"), "Text.\n");

        CliRun r = CliRun.run("", "clean", "--dict", dict.toString(), story.toString());

        assertEquals(ExitCodes.USAGE, r.code(), r::toString);
        assertEquals("", r.out(), r::toString);
        String[] lines = r.err().strip().split("\n");
        assertEquals(1, lines.length, r::toString);
        assertTrue(lines[0].startsWith("copydesk: " + table + ":" + line + ": "), r::toString);
        assertTrue(lines[0].contains(problem), r::toString);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Copydesk.builder().dictionaryDirs(List.of(dict)).build());
        assertEquals(lines[0].substring("copydesk: ".length()), e.getMessage());
    }

    @Test
    void invalidUtf8IsReportedWithItsLine() throws IOException {
        Path dict = tmp.resolve("dict");
        Files.createDirectories(dict);
        byte[] latin1 = "caf\u00e9\tcafe\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = ("# loanwords\nsiesta\tnap\n" + new String(latin1, StandardCharsets.ISO_8859_1))
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dict.resolve("loanwords.tsv"), bytes);

        CliRun r = CliRun.run("Text.\n", "clean", "--dict", dict.toString());

        assertEquals(ExitCodes.USAGE, r.code(), r::toString);
        assertEquals("copydesk: " + dict.resolve("loanwords.tsv") + ":3: invalid UTF-8 (byte 0xE9); save the file as UTF-8",
                r.err().strip());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Copydesk.builder().dictionaryDirs(List.of(dict)).build());
        assertTrue(e.getMessage().endsWith(":3: invalid UTF-8 (byte 0xE9); save the file as UTF-8"), e.getMessage());
    }

    @Test
    void aGoodUserRowIsUsed() throws IOException {
        Path dict = tmp.resolve("dict");
        Files.createDirectories(dict.resolve("artifacts"));
        Files.writeString(dict.resolve("artifacts/tortured-phrases.tsv"), GOOD);

        CliRun r = CliRun.run("They study counterfeit wisdom at the lab.\n", "clean", "--dict", dict.toString());

        assertEquals(0, r.code(), r::toString);
        assertEquals("They study artificial intelligence at the lab.\n", r.out());
        assertFalse(r.err().contains("STAGE_FAILED"), r::toString);
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        for (String[] args : List.of(new String[] {"--threshold", "NaN"}, new String[] {"--threshold", "1.5"},
                new String[] {"--languages", "xx"}, new String[] {"--disable-rule", "NO_SUCH_RULE"},
                new String[] {"--disable-stage", "nope"}, new String[] {"--style", "guardian"})) {
            String[] full = Stream.concat(Stream.of("clean"), Stream.of(args)).toArray(String[]::new);
            CliRun r = CliRun.run("Text.\n", full);
            assertEquals(ExitCodes.USAGE, r.code(), () -> String.join(" ", args) + "\n" + r);
            assertEquals("", r.out(), r::toString);
            assertEquals(1, r.err().strip().split("\n").length, r::toString);
        }
        CliRun style = CliRun.run("Text.\n", "clean", "--style", "guardian");
        assertTrue(style.err().contains("unknown names style 'guardian'; known styles: default, ap, reuters"),
                style::toString);
    }
}
