package org.copydesk.batch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.copydesk.CleanResult;
import org.copydesk.batch.FileStamp;
import org.copydesk.batch.ManifestEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review page in headless Chromium, with every kind of mark (from two
 * made-up stages): filters by family and by confidence set from the URL,
 * hostile text stays text, nested and removed marks are drawn.
 */
class ReportInBrowserTest {
    private static final String TEXT = "Advertisement\nI saw teh cat and alot of colour. Xi Jinping spoke.\n"
            + "EVIL <b onmouseover=\"document.body.dataset.pwned='3'\">bold</b> & 'q'\n";

    @TempDir
    static Path tmp;
    static Path page;
    static HeadlessChromium chromium;

    @BeforeAll
    static void writeReport() throws IOException {
        chromium = HeadlessChromium.in(tmp);
        Path manifest = tmp.resolve("manifest.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 3; i++) {
                CleanResult r = ReviewStages.clean(i == 2 ? "Nothing to see here.\n" : TEXT);
                w.write(ManifestEntry.ok("story-" + i + "<i>.txt", new FileStamp(1, 1), r));
                w.newLine();
            }
            w.write(ManifestEntry.failed("broken.bin", null, "binary file <x>"));
            w.newLine();
        }
        page = tmp.resolve("report.html");
        ReportWriter.write(manifest, page, "review <test>");
    }

    @Test
    void everyMarkIsShownWithNoFilter() throws Exception {
        String dom = chromium.dumpDom(page, "open=all");
        assertTrue(dom.contains("data-ready=\"true\""), "the page script did not run");
        List<DomMarks> marks = DomMarks.of(dom);
        // per story: 4 edits (typo, variant, hostile, nested animal), 1 removed, 2 findings (name, low-confidence split)
        assertEquals(14, marks.size(), dom);
        assertTrue(marks.stream().noneMatch(DomMarks::off));
        assertEquals("14 of 14 marks shown, in 2 of 2 files", DomMarks.status(dom));
        assertTrue(dom.contains("<s>Advertisement<span class=\"cc\">↵</span></s>"), "removed block not struck through");
        assertTrue(dom.matches("(?s).*<del><span class=\"m ed\"[^>]*><del>teh</del><ins>the</ins></span> cat</del><ins>the dog</ins>.*"),
                "nested edit not drawn inside the later one");
        assertTrue(dom.contains("broken.bin</span> — binary file &lt;x&gt;"));
        assertTrue(dom.contains("story-0&lt;i&gt;.txt") && dom.contains("<title>review &lt;test&gt;</title>"));
    }

    @Test
    void hostileTextStaysText() throws Exception {
        String dom = chromium.dumpDom(page, "open=all");
        assertFalse(dom.contains("data-pwned"), "text from the document ran as script");
        assertFalse(dom.contains("<b onmouseover") || dom.contains("<img"), "text from the document became elements");
        assertTrue(dom.contains("&lt;b onmouseover=\"document.body.dataset.pwned='3'\"&gt;bold&lt;/b&gt; &amp; 'q'"), dom);
        assertTrue(dom.contains("&lt;/ins&gt;&lt;/pre&gt;&lt;script&gt;"), dom);
    }

    @Test
    void theConfidenceFilterHidesWhatIsBelowIt() throws Exception {
        String dom = chromium.dumpDom(page, "conf=0.85&open=all");
        List<DomMarks> marks = DomMarks.of(dom);
        assertEquals(14, marks.size());
        for (DomMarks m : marks) {
            assertEquals(m.confidence() < 0.85, m.off(), m.toString());
        }
        long shown = marks.stream().filter(m -> !m.off()).count();
        assertEquals(8, shown, "typo 0.95, hostile 0.90, animal 0.99, removed 0.92, in two files");
        assertEquals(shown + " of 14 marks shown, in 2 of 2 files", DomMarks.status(dom));
        assertTrue(dom.contains("<output id=\"conf-value\">0.85</output>"));
    }

    @Test
    void theFamilyFilterShowsOnlyThatFamilyAndHidesFilesWithout() throws Exception {
        String dom = chromium.dumpDom(page, "family=spelling,names&open=all");
        List<DomMarks> marks = DomMarks.of(dom);
        for (DomMarks m : marks) {
            assertEquals(!m.family().equals("spelling") && !m.family().equals("names"), m.off(), m.toString());
        }
        assertEquals(6, marks.stream().filter(m -> !m.off()).count());

        String none = chromium.dumpDom(page, "family=nosuchfamily");
        assertEquals("0 of 14 marks shown, in 0 of 2 files", DomMarks.status(none));
        assertEquals(2, none.split("<details class=\"file\"[^>]*hidden", -1).length - 1, "files with nothing shown are hidden");
    }

    @Test
    void aScreenshotShowsThePage() throws Exception {
        Path png = Path.of("target", "report-review-stages.png");
        Files.createDirectories(png.getParent());
        chromium.screenshot(page, "open=all", png, 1100, 900);
        assertTrue(Files.size(png) > 10_000, "screenshot looks empty");
    }
}
