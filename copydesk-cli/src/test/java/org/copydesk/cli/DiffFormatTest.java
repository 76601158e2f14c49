package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.difflib.patch.Patch;
import com.github.difflib.unifieddiff.UnifiedDiff;
import com.github.difflib.unifieddiff.UnifiedDiffFile;
import com.github.difflib.unifieddiff.UnifiedDiffReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format diff} is a unified diff that patch and git apply accept, and applying it gives the clean text. */
class DiffFormatTest {
    @TempDir
    Path tmp;

    private static String story() {
        StringBuilder sb = new StringBuilder();
        sb.append("The  council met on Monday.\n");
        for (int i = 1; i <= 12; i++) {
            sb.append("Paragraph ").append(i).append(" is fine as it is.\n");
        }
        sb.append("The mayor said  the budget was tight.\n");
        sb.append("Another line follows the mayor.\n");
        sb.append("Taxes  will rise next year.\n");
        for (int i = 13; i <= 20; i++) {
            sb.append("Paragraph ").append(i).append(" is fine as it is.\n");
        }
        sb.append("The last line has  no newline.");
        return sb.toString();
    }

    @Test
    void aDiffOfTwoFilesAppliesWithPatchAndGitAndGivesTheCleanText() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("work"));
        Path a = Files.writeString(dir.resolve("a.txt"), story());
        Path b = Files.writeString(dir.resolve("b.txt"), "One line.\r\nTwo  lines.\r\n");
        Path same = Files.writeString(dir.resolve("same.txt"), "Already clean.\n");
        String cleanA = cleanText(a);
        String cleanB = cleanText(b);
        assertTrue(!cleanA.equals(story()) && !cleanB.isEmpty());

        CliRun r = CliRun.run("", "clean", "--format", "diff", a.toString(), b.toString(), same.toString());

        assertEquals(0, r.code(), r::toString);
        String diff = r.out();
        String name = a.toString().substring(1);
        assertTrue(diff.contains("--- a/" + name + "\n+++ b/" + name + "\n"), diff);
        assertFalse(diff.contains("a//"), diff);
        assertEquals(2, diff.split("(?m)^--- a/", -1).length - 1, "one header per changed file, none for an unchanged one:\n" + diff);
        assertHunksInOrder(diff);
        Path patchFile = Files.writeString(tmp.resolve("changes.diff"), diff);

        if (onPath("patch")) {
            assertEquals(0, exec(Path.of("/"), "patch", "-p1", "--dry-run", "-i", patchFile.toString()), "patch --dry-run");
        }
        if (onPath("git")) {
            assertEquals(0, exec(Path.of("/"), "git", "apply", "--check", "--unsafe-paths", "-p1", patchFile.toString()),
                    "git apply --check");
        }
        if (onPath("patch")) {
            assertEquals(0, exec(Path.of("/"), "patch", "-p1", "-s", "-i", patchFile.toString()), "patch");
            assertEquals(cleanA, Files.readString(a));
            assertEquals(cleanB, Files.readString(b));
        } else {
            assertEquals(cleanA, applyWithDiffUtils(diff, name, story()));
        }
    }

    @Test
    void javaDiffUtilsReadsItBackToo() throws Exception {
        Path a = Files.writeString(tmp.resolve("a.txt"), story());
        String clean = cleanText(a);
        String diff = CliRun.run("", "clean", "--format", "diff", a.toString()).out();
        assertEquals(clean, applyWithDiffUtils(diff, a.toString().substring(1), story()));
    }

    @Test
    void stdinIsNamedStdin() {
        CliRun r = CliRun.run("Two  spaces.\n", "clean", "--format", "diff", "-");
        assertTrue(r.out().contains("--- a/stdin\n+++ b/stdin\n@@ -1,1 +1,1 @@\n-Two  spaces.\n+Two spaces.\n"), r::toString);
    }

    /** The exact clean text (under -o, not stdout, where a missing last newline is added). */
    private String cleanText(Path file) throws IOException {
        Path out = tmp.resolve("clean-" + file.getFileName());
        assertEquals(0, CliRun.run("", "clean", "-o", out.toString(), file.toString()).code());
        return Files.readString(out.resolve(file.getFileName().toString()));
    }

    /** Hunks come in input order and do not overlap. */
    private static void assertHunksInOrder(String diff) {
        for (String file : diff.split("\n--- a/")) {
            int lastEnd = 0;
            for (String line : file.split("\n")) {
                if (line.startsWith("@@ -")) {
                    String[] range = line.substring(4, line.indexOf(' ', 4)).split(",");
                    int start = Integer.parseInt(range[0]);
                    int count = Integer.parseInt(range[1]);
                    assertTrue(start > lastEnd, () -> "hunk out of order or overlapping: " + line + "\n" + diff);
                    lastEnd = start + count - 1;
                }
            }
        }
    }

    /** Applies the file's patch with java-diff-utils' own unified diff reader (lines without their endings). */
    private static String applyWithDiffUtils(String diff, String name, String original) throws Exception {
        UnifiedDiff parsed = UnifiedDiffReader.parseUnifiedDiff(new ByteArrayInputStream(diff.getBytes(StandardCharsets.UTF_8)));
        UnifiedDiffFile file = parsed.getFiles().stream().filter(f -> f.getFromFile().equals("a/" + name)
                || f.getFromFile().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no file " + name));
        Patch<String> patch = file.getPatch();
        List<String> lines = new ArrayList<>(Arrays.asList(original.split("\n", -1)));
        List<String> patched = patch.applyTo(lines);
        return String.join("\n", patched);
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static int exec(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        if (code != 0) {
            System.err.println(String.join(" ", command) + ":\n" + output);
        }
        return code;
    }
}
