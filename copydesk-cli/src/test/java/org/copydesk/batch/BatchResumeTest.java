package org.copydesk.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code copydesk batch} process part way, runs the same command
 * again, and compares with a run that was never interrupted: same output
 * files, same manifest lines, no duplicates, no temp files left.
 */
class BatchResumeTest {
    private static final int FILES = 600;
    /** Resuming is the batch runner's business, not the stages': the slow LanguageTool stage is left out. */
    private static final String LIGHT = "--disable-stage=grammar,foreign";

    @TempDir
    Path tmp;

    @Test
    void aKilledBatchResumesToTheSameResultAsAWholeRun() throws Exception {
        Path in = tmp.resolve("in");
        SyntheticTree.write(in, FILES, 11);
        Path whole = tmp.resolve("whole");
        Cli reference = Cli.run("batch", in.toString(), "-o", whole.toString(), "-j", "2", "--progress", "off", LIGHT);
        assertEquals(0, reference.code(), reference::toString);

        Path resumed = tmp.resolve("resumed");
        int linesAtKill = killPartWay(in, resumed);
        System.out.printf("BatchResumeTest: killed the child with %d of %d manifest lines written%n", linesAtKill, FILES);
        assertTrue(linesAtKill > 0 && linesAtKill < FILES, "the kill did not land mid-way: " + linesAtKill);

        Cli second = Cli.run("batch", in.toString(), "-o", resumed.toString(), "-j", "2", "--progress", "off", LIGHT);

        assertEquals(0, second.code(), second::toString);
        long skipped = Long.parseLong(second.out().replaceAll("(?s).*skipped as already done (\\d+).*", "$1"));
        assertTrue(skipped >= linesAtKill - 1 && skipped < FILES, "skipped " + skipped + " after " + linesAtKill);
        assertEquals(Trees.outputs(whole), Trees.outputs(resumed));
        List<String> lines = Trees.lines(resumed.resolve(BatchConfig.MANIFEST));
        assertEquals(FILES, lines.size());
        assertEquals(new TreeSet<>(Trees.lines(whole.resolve(BatchConfig.MANIFEST))), new TreeSet<>(lines));
    }

    /** Starts the batch in a child JVM, kills it (SIGKILL) once some files are done; returns the manifest lines then. */
    private static int killPartWay(Path in, Path out) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.copydesk.cli.Main", "batch", in.toString(), "-o", out.toString(), "-j", "1", "--progress", "off", LIGHT));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(out.resolveSibling("child.log").toFile()).start();
        Path manifest = out.resolve(BatchConfig.MANIFEST);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        try {
            while (child.isAlive() && System.nanoTime() < deadline && lineCount(manifest) < FILES / 10) {
                Thread.sleep(5);
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(child.exitValue() != 0, "the child finished before it was killed: "
                + Files.readString(out.resolveSibling("child.log")));
        return lineCount(manifest);
    }

    private static int lineCount(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        byte[] bytes = Files.readAllBytes(file);
        int n = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }
}
