package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.copydesk.io.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a Unix user expects of any command: '-' for stdin, --version, quiet on a closed pipe, completion, plain errors. */
class CliStandardsTest {
    @TempDir
    Path tmp;

    @Test
    void dashIsStdinForCheckAndDetect() {
        CliRun check = CliRun.run("Two  spaces here.\n", "check", "-");
        assertEquals(ExitCodes.NEEDS_CLEANING, check.code(), check::toString);
        assertTrue(check.out().contains("stdin"), check::toString);
        assertFalse(check.err().contains("no such file"), check::toString);
        assertEquals(ExitCodes.OK, CliRun.run("Already clean.\n", "check", "-").code());

        CliRun detect = CliRun.run("The minister said the plan was good.\n", "detect", "-", "--disable-stage", "grammar");
        assertEquals(ExitCodes.OK, detect.code(), detect::toString);
        assertEquals("", detect.err(), detect::toString);
    }

    @Test
    void everySubcommandAnswersVersion() {
        for (String sub : new String[] {"clean", "check", "batch", "bench", "names", "detect", "rules", "completion"}) {
            CliRun r = CliRun.run("", sub, "--version");
            assertEquals(0, r.code(), () -> sub + ": " + r);
            assertEquals(Main.VERSION, r.out().strip(), () -> sub + ": " + r);
        }
        assertEquals(Main.VERSION, CliRun.run("", "--version").out().strip());
    }

    @Test
    void completionPrintsABashScriptThatKnowsTheSubcommands() {
        CliRun r = CliRun.run("", "completion");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("complete -F"), "not a bash completion script");
        for (String word : new String[] {"clean", "batch", "--in-place", "--max-record-bytes", "--format"}) {
            assertTrue(r.out().contains(word), word);
        }
    }

    /** As a pipe to {@code head -1} behaves: the first write goes through, every later one fails. */
    private static final class ClosingPipe extends OutputStream {
        final AtomicInteger writes = new AtomicInteger();
        private final int allowed;

        ClosingPipe(int allowed) {
            this.allowed = allowed;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (writes.incrementAndGet() > allowed) {
                throw new IOException("Broken pipe");
            }
        }
    }

    @Test
    void aClosedPipeStopsTheRunQuietly() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("many"));
        for (int i = 0; i < 30; i++) {
            Files.writeString(dir.resolve(String.format("f%02d.txt", i)), "Story " + i + ".\r\n");
        }
        ClosingPipe pipe = new ClosingPipe(1);
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Main.run(new String[] {"clean", "--disable-stage", "grammar,foreign", dir.toString()},
                new ByteArrayInputStream(new byte[0]), new PrintStream(pipe, false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(ExitCodes.CLOSED_PIPE, code);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertTrue(pipe.writes.get() <= 3, "went on writing after the pipe closed: " + pipe.writes.get() + " writes");
    }

    @Test
    void aClosedPipeStopsAJsonLinesStreamQuietly() {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            in.append("{\"text\":\"Line ").append(i).append(".\"}\n");
        }
        ClosingPipe pipe = new ClosingPipe(1);
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Main.run(new String[] {"clean", "--format", "jsonl", "--disable-stage", "grammar,foreign", "-"},
                new ByteArrayInputStream(in.toString().getBytes(StandardCharsets.UTF_8)),
                new PrintStream(pipe, false, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(ExitCodes.CLOSED_PIPE, code);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void fileErrorsAreWordsNotJavaClassNames() {
        assertEquals("permission denied: /data/private", Messages.describe(new AccessDeniedException("/data/private")));
        assertEquals("not enough memory; raise the heap with COPYDESK_HEAP (see README)",
                Messages.describe(new java.util.concurrent.CompletionException(new OutOfMemoryError("Java heap space"))));
        CliRun r = CliRun.run("", "clean", "-o", "/proc/version/out", Files.exists(Path.of("/proc/version"))
                ? "/proc/version" : "x");
        assertTrue(r.code() != 0, r::toString);
        assertFalse(r.err().contains("Exception") || r.err().contains("java."), r::toString);
        assertEquals(1, r.err().strip().split("\n").length, r::toString);
    }

    @Test
    void anErrorInABackgroundThreadIsOneLine() throws InterruptedException {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            Main.quietBackgroundErrors(new PrintStream(err, true, StandardCharsets.UTF_8));
            Thread t = new Thread(() -> {
                throw new OutOfMemoryError("Java heap space");
            }, "copydesk-foreign-preload");
            t.start();
            t.join();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
        assertEquals("copydesk: foreign-preload: not enough memory; raise the heap with COPYDESK_HEAP (see README)\n",
                err.toString(StandardCharsets.UTF_8));
    }
}
