package org.copydesk.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch messages: an unreadable folder in plain words, progress lines that fit the terminal. */
class BatchMessagesTest {
    @TempDir
    Path tmp;

    @Test
    void anUnreadableSubdirectoryIsOneLineInWords() throws IOException {
        Path root = tmp.resolve("in");
        Files.createDirectories(root.resolve("locked"));
        Files.writeString(root.resolve("a.txt"), "Text.\n");
        // root can read any directory, so the refusal is injected where the walk lists one
        TreeWalker walker = new TreeWalker(root, Set.of(), false, dir -> {
            if (dir.endsWith("locked")) {
                throw new AccessDeniedException(dir.toString());
            }
            return Files.newDirectoryStream(dir);
        });
        List<String> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();

        walker.walk(rel -> files.add(rel.toString()), (dir, problem) -> problems.add(dir + ": " + problem));

        assertEquals(List.of("a.txt"), files);
        assertEquals(List.of("locked: cannot list directory: permission denied"), problems);
    }

    @Test
    void progressLinesNeverOutgrowTheTerminal() {
        BatchStats stats = new BatchStats();
        stats.plan(0, 123_456_789, 987_654_321_000L);
        for (int columns : new int[] {20, 40, 80}) {
            for (Progress.Mode mode : new Progress.Mode[] {Progress.Mode.BAR, Progress.Mode.LOG}) {
                ByteArrayOutputStream sink = new ByteArrayOutputStream();
                Progress p = new Progress(mode, Duration.ofSeconds(1), new PrintStream(sink, true, StandardCharsets.UTF_8),
                        stats, columns);
                String visible = p.line().replace("\r", "").replace("\033[K", "").strip();
                assertTrue(visible.length() < columns, () -> columns + " columns: " + visible.length() + " " + visible);
                assertFalse(visible.isEmpty());
            }
        }
        assertEquals(80, Progress.columns(null));
        assertEquals(80, Progress.columns("wide"));
        assertEquals(132, Progress.columns("132"));
    }
}
