package org.copydesk.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch} must never lose data: OUT overlapping IN, a restart under a running batch, its own files, links. */
class BatchSafetyTest {
    @TempDir
    Path tmp;

    private Path input() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("a.txt"), "First.\r\n");
        Files.writeString(in.resolve("sub/b.txt"), "Second.\r\n");
        return in;
    }

    private static void assertRefused(Cli r, String words) {
        assertEquals(2, r.code(), r::toString);
        String[] lines = r.err().strip().split("\n");
        assertEquals(1, lines.length, () -> "not one line: " + r);
        assertTrue(lines[0].startsWith("copydesk: ") && lines[0].contains(words), r::toString);
        assertFalse(r.err().contains("Exception"), r::toString);
    }

    @Test
    void outThatIsALinkToInIsRefusedAndNothingIsWritten() throws IOException {
        Path in = input();
        Map<String, String> before = Trees.snapshot(in);
        Path link = Files.createSymbolicLink(tmp.resolve("out"), in);

        assertRefused(Cli.run("batch", in.toString(), "-o", link.toString(), "--progress", "off"), "is IN or contains it");
        assertEquals(before, Trees.snapshot(in));
        assertFalse(Files.exists(in.resolve(BatchConfig.MANIFEST)));
    }

    @Test
    void inInsideOutThroughALinkIsRefused() throws IOException {
        Path in = input();
        Path link = Files.createSymbolicLink(tmp.resolve("parent-link"), tmp);
        Map<String, String> before = Trees.snapshot(in);

        assertRefused(Cli.run("batch", in.toString(), "-o", link.toString(), "--progress", "off"), "is IN or contains it");
        assertRefused(Cli.run("batch", link.resolve("in").toString(), "-o", tmp.toString(), "--progress", "off"),
                "is IN or contains it");
        assertEquals(before, Trees.snapshot(in));
    }

    @Test
    void outLinkedToAnInputFolderIsRefused() throws IOException {
        Path in = input();
        Files.writeString(in.resolve("sub/a.txt"), "Kept.\n");
        Path link = Files.createSymbolicLink(tmp.resolve("out"), in.resolve("sub"));
        Map<String, String> before = Trees.snapshot(in);

        assertRefused(Cli.run("batch", in.toString(), "-o", link.toString(), "--progress", "off"), "lies inside IN");
        assertEquals(before, Trees.snapshot(in), "an input was replaced by an output");
    }

    @Test
    void aNewOutReachedThroughALinkInsideInIsLeftOutOfTheWalk() throws IOException {
        Path in = input();
        Path link = Files.createSymbolicLink(tmp.resolve("in-link"), in);
        Path out = link.resolve("cleaned");

        Cli first = Cli.run("batch", in.toString(), "-o", out.toString(), "--progress", "off");
        Cli second = Cli.run("batch", in.toString(), "-o", out.toString(), "--progress", "off");

        assertEquals(0, first.code(), first::toString);
        assertEquals(0, second.code(), second::toString);
        assertEquals(2, Trees.manifest(in.resolve("cleaned")).size(), "outputs were cleaned as inputs");
        assertFalse(Files.exists(in.resolve("cleaned/cleaned")));
    }

    @Test
    void restartUnderARunningBatchDeletesNothing() throws IOException {
        Path in = input();
        Path out = tmp.resolve("out");
        assertEquals(0, Cli.run("batch", in.toString(), "-o", out.toString(), "--progress", "off").code());
        byte[] manifest = Files.readAllBytes(out.resolve(BatchConfig.MANIFEST));

        Cli r;
        // another batch holds OUT's lock (here, in this JVM, as a library user would)
        try (FileChannel ch = FileChannel.open(out.resolve(".copydesk-batch.lock"), StandardOpenOption.WRITE);
             FileLock held = ch.lock()) {
            r = Cli.run("batch", in.toString(), "-o", out.toString(), "--progress", "off", "--restart");
        }

        assertRefused(r, "another batch is writing");
        assertTrue(Files.exists(out.resolve(BatchConfig.MANIFEST)), "manifest deleted under a running batch");
        assertEquals(new String(manifest, StandardCharsets.UTF_8),
                Files.readString(out.resolve(BatchConfig.MANIFEST), StandardCharsets.UTF_8));
    }

    @Test
    void inPlaceWithOutEqualToInNeverCleansItsOwnFiles() throws IOException {
        Path in = input();
        Path report = in.resolve("review.html");
        Cli first = Cli.run("batch", in.toString(), "--in-place", "-o", in.toString(), "--progress", "off",
                "--report", report.toString());
        assertEquals(0, first.code(), first::toString);
        String manifest = Files.readString(in.resolve(BatchConfig.MANIFEST));
        String page = Files.readString(report);
        Files.writeString(in.resolve("c.txt"), "Third.\r\n");

        Cli second = Cli.run("batch", in.toString(), "--in-place", "-o", in.toString(), "--progress", "off",
                "--report", report.toString());

        assertEquals(0, second.code(), second::toString);
        assertEquals(3, Trees.manifest(in).size(), second::toString);
        assertTrue(Files.readString(in.resolve(BatchConfig.MANIFEST)).startsWith(manifest), "manifest rewritten");
        assertFalse(Files.exists(in.resolve(BatchConfig.MANIFEST + ".orig")), "the manifest was cleaned in place");
        assertFalse(Files.exists(in.resolve("review.html.orig")), "the report was cleaned in place");
        assertFalse(Trees.manifest(in).stream().anyMatch(n -> n.path("path").asText().endsWith("review.html")));
        assertTrue(page.length() > 0);
        assertEquals("Third.\n", Files.readString(in.resolve("c.txt")));
    }

    @Test
    void linksToFilesOutsideTheTreeAreNotFollowed() throws IOException {
        Path in = input();
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "Outside the tree.\r\n");
        Files.createSymbolicLink(in.resolve("leak.txt"), secret);
        Files.createSymbolicLink(in.resolve("inside.txt"), in.resolve("a.txt"));
        Path out = tmp.resolve("out");

        Cli r = Cli.run("batch", in.toString(), "-o", out.toString(), "--progress", "off");

        assertEquals(1, r.code(), r::toString);
        assertFalse(Files.exists(out.resolve("leak.txt")), "a file outside IN was copied into OUT");
        assertTrue(Trees.entry(out, "leak.txt").path("error").asText().contains("outside the directory"), r::toString);
        assertEquals("First.\n", Files.readString(out.resolve("inside.txt")), "a link inside the tree is followed");
        assertEquals("Outside the tree.\r\n", Files.readString(secret));
    }

    @Test
    void inPlaceNeverRewritesThroughALink() throws IOException {
        Path in = input();
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "Outside the tree.\r\n");
        Files.createSymbolicLink(in.resolve("leak.txt"), secret);

        Cli r = Cli.run("batch", in.toString(), "--in-place", "--progress", "off");

        assertEquals(1, r.code(), r::toString);
        assertEquals("Outside the tree.\r\n", Files.readString(secret));
        assertTrue(Files.isSymbolicLink(in.resolve("leak.txt")), "the link was replaced by a file");
        assertFalse(Files.exists(in.resolve("leak.txt.orig")));
    }

    @Test
    void cleanDoesNotFollowLinksOutOfADirectoryEither() throws IOException {
        Path in = input();
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "Outside the tree.\r\n");
        Files.createSymbolicLink(in.resolve("leak.txt"), secret);
        Path out = tmp.resolve("out");

        Cli r = Cli.run("clean", in.toString(), "-o", out.toString());

        assertEquals(1, r.code(), r::toString);
        assertTrue(r.err().contains("leak.txt: symbolic link to a file outside the directory"), r::toString);
        assertFalse(Files.exists(out.resolve("leak.txt")));
    }
}
