package org.copydesk.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.stage.blocks.TemplateLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cross-document evidence: over a generated tree of several sites, each printing its own
 * template lines around its stories, the batch learns the lines that recur across files and
 * the blocks stage takes them out; the stories stay whole, and a single clean, which has no
 * tree to learn from, keeps the template lines.
 */
class BatchTemplateTest {
    private static final int SITES = 3;
    private static final int FILES_PER_SITE = 5;

    @TempDir
    Path tmp;

    @Test
    void countsLinesByFilesNotByRepeats() {
        TemplateLineCounter counter = new TemplateLineCounter();
        counter.add("Front page\nFront page\nA story about the harbour.\n");
        counter.add("front   PAGE\nAnother story.\n");
        counter.add("• Front page\nA story about the harbour.\n");
        TemplateLines lines = counter.frequent();
        assertEquals(3, counter.files());
        assertEquals(1, lines.size(), "only the line in three files, whatever its case, spacing or bullet");
        assertEquals(TemplateLines.key("Front page"), TemplateLines.key("  •  FRONT PAGE "));
        assertEquals(TemplateLines.key("© 2023 Harbour Media"), TemplateLines.key("© 2024 Harbour Media"));
    }

    @Test
    void batchTakesOutEachSitesTemplateAndKeepsTheStories() throws Exception {
        Path in = tmp.resolve("in");
        List<Path> files = SyntheticTree.writeSites(in, SITES, FILES_PER_SITE, 11);
        Path out = tmp.resolve("out");
        Copydesk desk = Copydesk.builder().build();
        BatchConfig config = new BatchConfig(in, out, 2, false, null, Progress.Mode.OFF, Duration.ofSeconds(10),
                "template-test\n");

        BatchStats stats = new BatchRunner(desk, config, new PrintStream(OutputStream.nullOutputStream())).run();

        assertEquals(SITES * FILES_PER_SITE, stats.cleaned());
        for (Path file : files) {
            String input = Files.readString(file, StandardCharsets.UTF_8);
            String cleaned = Files.readString(out.resolve(in.relativize(file).toString()), StandardCharsets.UTF_8);
            int site = Integer.parseInt(in.relativize(file).getName(0).toString().substring("site-".length()));
            for (String line : SyntheticTree.template(site)) {
                assertFalse(cleaned.contains(line), file + " still has its template line '" + line + "':\n" + cleaned);
            }
            for (String line : input.split("\n")) {
                if (line.endsWith(".")) {
                    assertTrue(cleaned.contains(line), file + " lost a line of its story: " + line);
                }
            }
        }
    }

    @Test
    void oneFileWithoutATreeKeepsItsTemplateLines() throws Exception {
        List<Path> files = SyntheticTree.writeSites(tmp.resolve("in"), 1, 1, 11);
        String input = Files.readString(files.get(0), StandardCharsets.UTF_8);

        CleanResult r = Copydesk.builder().build().clean(input);

        for (String line : SyntheticTree.template(0)) {
            assertTrue(r.text().contains(line), "removed without cross-document evidence: " + line);
        }
    }

    @Test
    void aSentenceSharedByStoriesIsNotTemplate() throws Exception {
        Path in = tmp.resolve("in");
        String shared = "The regional health board confirmed that a second testing site would open near the bus station.";
        for (int i = 0; i < 4; i++) {
            Path file = in.resolve("story-" + i + ".txt");
            Files.createDirectories(in);
            Files.writeString(file, "Testing site news " + i + "\n\n" + shared + "\n\nOfficials gave story " + i
                    + " its own details about the opening, the staff and the hours of the new site.\n");
        }
        Path out = tmp.resolve("out");
        BatchConfig config = new BatchConfig(in, out, 1, false, null, Progress.Mode.OFF, Duration.ofSeconds(10),
                "template-test\n");

        new BatchRunner(Copydesk.builder().build(), config, new PrintStream(OutputStream.nullOutputStream())).run();

        for (int i = 0; i < 4; i++) {
            assertTrue(Files.readString(out.resolve("story-" + i + ".txt")).contains(shared), "prose taken as template");
        }
    }
}
