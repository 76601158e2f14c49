package org.copydesk.batch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.copydesk.batch.SyntheticTree;
import org.copydesk.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path an editor takes: {@code copydesk batch} over the corpus/
 * samples plus generated files, with {@code --report}, and the page opened in
 * headless Chromium with a family filter in its URL.
 */
class BatchReportEndToEndTest {
    @TempDir
    Path tmp;

    @Test
    void aBatchOfTheCorpusAndGeneratedFilesIsReviewableInTheBrowser() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.in(tmp);
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("corpus"));
        int samples = 0;
        try (Stream<Path> corpus = Files.list(Path.of("corpus"))) {
            for (Path p : (Iterable<Path>) corpus.filter(f -> f.toString().endsWith(".dirty.txt"))::iterator) {
                Files.copy(p, in.resolve("corpus").resolve(p.getFileName()));
                samples++;
            }
        }
        SyntheticTree.write(in.resolve("generated"), 150, 21);
        Files.writeString(in.resolve("hostile.txt"), "\uFEFF<script>document.body.dataset.pwned=1</script>\r\n& more\r\n");
        Path report = tmp.resolve("review.html");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"batch", in.toString(), "-o", tmp.resolve("out").toString(), "--report",
            report.toString(), "--progress", "off"}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, () -> out + "\n" + err);
        assertTrue(samples > 0);

        String all = chromium.dumpDom(report, "open=all");
        assertTrue(all.contains("data-ready=\"true\""), "the page script did not run");
        List<DomMarks> marks = DomMarks.of(all);
        Set<String> families = marks.stream().map(DomMarks::family).collect(Collectors.toSet());
        assertTrue(families.size() >= 2, "want at least two families to filter between: " + families);
        assertTrue(marks.stream().noneMatch(DomMarks::off));
        assertTrue(all.contains("(" + (samples + 151) + " files") || all.contains(samples + 151 + " files"), "file count");
        assertTrue(all.contains("&lt;script&gt;document.body.dataset.pwned=1&lt;/script&gt;"));
        assertFalse(all.contains("data-pwned"));

        String family = families.stream().sorted().findFirst().orElseThrow();
        String filtered = chromium.dumpDom(report, "family=" + family + "&open=all");
        List<DomMarks> after = DomMarks.of(filtered);
        long matching = after.stream().filter(m -> m.family().equals(family)).count();
        assertTrue(matching > 0 && matching < after.size());
        for (DomMarks m : after) {
            assertEquals(!m.family().equals(family), m.off(), m.toString());
        }
        assertTrue(DomMarks.status(filtered).startsWith(matching + " of " + after.size() + " marks shown"),
                DomMarks.status(filtered));

        Path png = Path.of("target", "report-batch.png");
        chromium.screenshot(report, "open=all", png, 1280, 1000);
        assertTrue(Files.size(png) > 10_000);
    }
}
