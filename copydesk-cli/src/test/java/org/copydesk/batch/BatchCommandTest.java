package org.copydesk.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import tools.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.Copydesk;
import org.copydesk.stage.blocks.TemplateLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk batch} through the command line: outputs, manifest, bad inputs, in-place, resuming. */
class BatchCommandTest {
    private static final Copydesk DESK = Copydesk.builder().build();

    @TempDir
    Path tmp;

    @Test
    void cleansTheTreeIntoOutAndLeavesInputsAlone() throws IOException {
        Path in = tmp.resolve("in");
        SyntheticTree.write(in, 30, 7);
        Files.writeString(in.resolve("d000/.hidden.txt"), "not for cleaning\r\n");
        Map<String, String> before = Trees.snapshot(in);
        Path out = tmp.resolve("out");

        Cli r = Cli.run("batch", in.toString(), "-o", out.toString(), "-j", "2", "--progress", "log");

        assertEquals(0, r.code(), r::toString);
        assertEquals(before, Trees.snapshot(in), "inputs changed");
        List<JsonNode> manifest = Trees.manifest(out);
        assertEquals(30, manifest.size());
        assertEquals(30, manifest.stream().map(n -> n.path("path").asText()).distinct().count());
        // each output is what a clean of that one file gives with the tree's template lines as evidence
        Copydesk withTree = Copydesk.builder().build();
        TemplateLines.install(withTree.resources(),
                TemplateLineCounter.count(in, new TreeWalker(in, java.util.Set.of(out), false)));
        for (JsonNode entry : manifest) {
            String rel = entry.path("path").asText();
            String expected = withTree.clean(Files.readAllBytes(in.resolve(rel))).text();
            assertEquals(expected, Files.readString(out.resolve(rel), StandardCharsets.UTF_8), rel);
            assertEquals("ok", entry.path("status").asText());
            assertEquals(expected, entry.path("text").asText());
            assertTrue(entry.path("edits").isArray() && entry.path("findings").isArray()
                    && entry.path("removed").isArray() && entry.path("metadata").isObject(), rel);
        }
        assertFalse(Files.exists(out.resolve("d000/.hidden.txt")));
        assertTrue(r.out().contains("copydesk batch: 30 files"), r::toString);
        assertTrue(r.out().contains("edits ") && r.out().contains("whitespace"), r::toString);
        assertTrue(r.err().contains("copydesk batch: 30/30 files"), "no progress line: " + r);
    }

    @Test
    void badInputsAreReportedAndTheRestAreCleaned() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.write(in.resolve("binary.dat"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.writeString(in.resolve("good.txt"), "One line.\r\nTwo lines.\r\n");
        Path unreadable = unreadableFile(in.resolve("unreadable.txt"));
        Files.createSymbolicLink(in.resolve("dangling.txt"), in.resolve("nowhere.txt"));
        Files.writeString(in.resolve(BatchConfig.MANIFEST), "{\"text\":\"a JSONL input named like the manifest\"}\n");
        Path out = tmp.resolve("out");

        Cli r = Cli.run("batch", in.toString(), "-o", out.toString(), "--progress", "off");

        assertEquals(1, r.code(), r::toString);
        assertEquals("One line.\nTwo lines.\n", Files.readString(out.resolve("good.txt")));
        assertEquals(0, Files.size(out.resolve("empty.txt")));
        assertEquals("ok", Trees.entry(out, "empty.txt").path("status").asText());
        assertFailed(out, "binary.dat", "binary", r);
        // as root the "unreadable" file is a link to /proc/self/mem, which a batch does not follow out of the tree
        assertFailed(out, in.relativize(unreadable).toString(), Files.isSymbolicLink(unreadable) ? "not followed"
                : "cannot read", r);
        assertFailed(out, "dangling.txt", "not a regular file", r);
        JsonNode clash = Trees.entry(out, BatchConfig.MANIFEST);
        assertTrue(clash.path("error").asText().contains("manifest"), clash::toString);
        assertTrue(r.out().contains("failed 4"), r::toString);

        Cli again = Cli.run("batch", in.toString(), "-o", out.toString(), "--progress", "off");
        assertEquals(1, again.code(), again::toString);
        assertTrue(again.out().contains("skipped as already done 2"), again::toString);
        assertEquals(6, Trees.manifest(out).size(), "failures are retried, not duplicated");
    }

    /** A file even root cannot read: mode 000, or when that does not stop us, a link to /proc/self/mem (EIO). */
    private static Path unreadableFile(Path file) throws IOException {
        Files.writeString(file, "secret\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        if (Files.isReadable(file)) {
            Files.delete(file);
            Files.createSymbolicLink(file, Path.of("/proc/self/mem"));
        }
        return file;
    }

    private static void assertFailed(Path out, String rel, String reason, Cli r) throws IOException {
        JsonNode entry = Trees.entry(out, rel);
        assertEquals("failed", entry.path("status").asText(), rel);
        assertTrue(entry.path("error").asText().contains(reason), () -> rel + ": " + entry);
        assertTrue(r.err().contains("copydesk: " + rel + ": "), () -> "not reported: " + rel + "\n" + r);
        assertFalse(Files.exists(out.resolve(rel)), rel);
    }

    @Test
    void inPlaceKeepsABackupAndASecondRunSkipsEverything() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        byte[] crlf = "\uFEFFFirst.\r\nSecond.\r\n".getBytes(StandardCharsets.UTF_8);
        Files.write(in.resolve("a.txt"), crlf);
        Files.write(in.resolve("sub/b.txt"), crlf);
        Files.writeString(in.resolve("clean.txt"), "Already clean.\n");

        Cli r = Cli.run("batch", in.toString(), "--in-place", "--progress", "off");

        assertEquals(0, r.code(), r::toString);
        assertEquals("First.\nSecond.\n", Files.readString(in.resolve("a.txt")));
        assertArrayEquals(crlf, Files.readAllBytes(in.resolve("a.txt.orig")));
        assertArrayEquals(crlf, Files.readAllBytes(in.resolve("sub/b.txt.orig")));
        assertTrue(Files.exists(in.resolve(".copydesk-batch/manifest.jsonl")));
        assertFalse(Files.exists(in.resolve("clean.txt.orig")), "an unchanged file needs no backup");

        Cli again = Cli.run("batch", in.toString(), "--in-place", "--progress", "off");
        assertEquals(0, again.code(), again::toString);
        assertTrue(again.out().contains("copydesk batch: 0 files") && again.out().contains("skipped as already done 3"),
                again::toString);
        assertArrayEquals(crlf, Files.readAllBytes(in.resolve("a.txt.orig")), "backup overwritten");
        assertFalse(Files.exists(in.resolve("a.txt.orig.orig")), "a backup was cleaned as an input");
    }

    /** Killed after replacing a file but before its manifest line: the file is cleaned again, the backup kept. */
    @Test
    void inPlaceResumedAfterAKillBeforeTheManifestLine() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        byte[] original = "\uFEFFText.\r\n".getBytes(StandardCharsets.UTF_8);
        Files.write(in.resolve("a.txt"), original);
        assertEquals(0, Cli.run("batch", in.toString(), "--in-place", "--progress", "off").code());
        Path manifest = in.resolve(".copydesk-batch/manifest.jsonl");
        Files.writeString(manifest, "");
        Files.writeString(in.resolve(".copydesk-batch/.manifest.jsonl.99" + AtomicFiles.TEMP_SUFFIX), "torn");
        Files.writeString(in.resolve(".a.txt.77" + AtomicFiles.TEMP_SUFFIX), "torn");

        Cli r = Cli.run("batch", in.toString(), "--in-place", "--progress", "off");

        assertEquals(0, r.code(), r::toString);
        assertEquals("Text.\n", Files.readString(in.resolve("a.txt")));
        assertArrayEquals(original, Files.readAllBytes(in.resolve("a.txt.orig")));
        assertEquals(1, Trees.manifest(in.resolve(".copydesk-batch")).size());
        try (var files = Files.list(in)) {
            assertTrue(files.noneMatch(AtomicFiles::isTemp), "temp files of the killed run are left");
        }
    }

    @Test
    void inPlaceWithABackupDirectory() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("sub/b.txt"), "Line.\r\n");
        Path backups = tmp.resolve("backups");

        Cli r = Cli.run("batch", in.toString(), "--in-place", "--backup-dir", backups.toString(), "--progress", "off");

        assertEquals(0, r.code(), r::toString);
        assertEquals("Line.\n", Files.readString(in.resolve("sub/b.txt")));
        assertEquals("Line.\r\n", Files.readString(backups.resolve("sub/b.txt")));
        assertFalse(Files.exists(in.resolve("sub/b.txt.orig")));
    }

    @Test
    void aTornManifestLineAndAMissingOutputAreRedoneOnce() throws IOException {
        Path in = tmp.resolve("in");
        SyntheticTree.write(in, 12, 3);
        Path out = tmp.resolve("out");
        assertEquals(0, Cli.run("batch", in.toString(), "-o", out.toString(), "--progress", "off").code());
        Path manifest = out.resolve(BatchConfig.MANIFEST);
        List<String> lines = Trees.lines(manifest);
        Map<String, String> whole = Trees.outputs(out);
        // as a kill in the middle of an append would leave it: the last line cut short
        String last = lines.get(lines.size() - 1);
        Files.writeString(manifest, String.join("\n", lines.subList(0, lines.size() - 1)) + "\n"
                + last.substring(0, last.length() / 2), StandardCharsets.UTF_8);
        String tornPath = ResultJsonPath.of(last);
        Files.delete(out.resolve("d000/story-00002.txt"));
        Files.writeString(out.resolve("d000/.story-00003.txt.1234" + AtomicFiles.TEMP_SUFFIX), "half");

        Cli r = Cli.run("batch", in.toString(), "-o", out.toString(), "--progress", "off");

        assertEquals(0, r.code(), r::toString);
        List<JsonNode> entries = Trees.manifest(out);
        assertEquals(12, entries.size());
        Set<String> paths = new HashSet<>();
        entries.forEach(e -> assertTrue(paths.add(e.path("path").asText()), "duplicate " + e.path("path")));
        assertTrue(paths.contains(tornPath));
        assertEquals(whole, Trees.outputs(out), "outputs differ from the uninterrupted run");
        assertEquals(new java.util.TreeSet<>(lines), new java.util.TreeSet<>(Trees.lines(manifest)));
        assertTrue(r.out().contains("skipped as already done 10"), r::toString);
    }

    @Test
    void aChangedInputIsCleanedAgain() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "Old.\r\n");
        Path out = tmp.resolve("out");
        assertEquals(0, Cli.run("batch", in.toString(), "-o", out.toString(), "--progress", "off").code());
        Files.writeString(in.resolve("a.txt"), "New text.\r\n");

        Cli r = Cli.run("batch", in.toString(), "-o", out.toString(), "--progress", "off");

        assertEquals(0, r.code(), r::toString);
        assertEquals("New text.\n", Files.readString(out.resolve("a.txt")));
        assertEquals(1, Trees.manifest(out).size());
    }

    @Test
    void resumingWithOtherOptionsIsRefusedUnlessRestarted() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "Text.\r\n");
        Path out = tmp.resolve("out");
        assertEquals(0, Cli.run("batch", in.toString(), "-o", out.toString(), "--progress", "off",
                "-d", "LINE_ENDING_CR,LEADING_BOM").code());
        assertEquals(0, Cli.run("batch", in.toString(), "-o", out.toString(), "--progress", "off",
                "-d", "LEADING_BOM,LINE_ENDING_CR").code(), "same options in another order");

        Cli refused = Cli.run("batch", in.toString(), "-o", out.toString(), "--progress", "off", "-d", "LINE_ENDING_CRLF");
        assertEquals(2, refused.code(), refused::toString);
        assertTrue(refused.err().contains("--restart"), refused::toString);

        Cli restarted = Cli.run("batch", in.toString(), "-o", out.toString(), "--progress", "off", "-d",
                "LINE_ENDING_CRLF", "--restart");
        assertEquals(0, restarted.code(), restarted::toString);
        assertEquals("Text.\r\n", Files.readString(out.resolve("a.txt")));
    }

    @Test
    void anOutputDirectoryInsideTheInputIsNotCleanedAsInput() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "Text.\r\n");
        Path out = in.resolve("cleaned");

        assertEquals(0, Cli.run("batch", in.toString(), "-o", out.toString(), "--progress", "off").code());
        Cli again = Cli.run("batch", in.toString(), "-o", out.toString(), "--progress", "off");

        assertEquals(0, again.code(), again::toString);
        assertEquals(1, Trees.manifest(out).size());
        assertFalse(Files.exists(out.resolve("cleaned")));
        Cli wrong = Cli.run("batch", in.toString(), "-o", tmp.toString(), "--progress", "off");
        assertEquals(2, wrong.code(), wrong::toString);
    }

    /** Reads the path out of a manifest line without parsing the rest. */
    private static final class ResultJsonPath {
        static String of(String line) {
            int start = line.indexOf("\"path\":\"") + 8;
            return line.substring(start, line.indexOf('"', start));
        }
    }
}
