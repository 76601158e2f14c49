package org.copydesk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.copydesk.testing.CleanEnglish;
import org.copydesk.testing.CleanEnglish.Change;
import org.copydesk.text.TextAnalysis;
import org.junit.jupiter.api.Test;

/**
 * A second precision probe, on a genre the modern-English corpus holds little of: technical documentation
 * nobody here wrote (Perl's tutorials and FAQ, the Debian Administrator's Handbook) that
 * {@code scripts/technical-english.sh} prepares, with code blocks, command lines, tables set in spaces,
 * identifiers, option names and symbols named in the prose. Two promises are checked:
 * <ul>
 * <li>code is never touched: no edit of a prose rule lands on a line of code or in an identifier, as the
 *     shared analysis reads the document;</li>
 * <li>prose edits stay rare: the edits outside the blocks stage (whose removals of a manual's reference lists,
 *     copyright lines and "SEE ALSO" headings are listed, as page furniture, but not bounded here) stay under
 *     a bar a little above today's 7 per 100,000 words, most of them symbols the text names once its code
 *     markup is gone ("put a ; after", "the and and or operators"). Every change is written to
 *     {@code target/technical-english/changes.tsv}.</li>
 * </ul>
 * On CI a missing corpus fails rather than skips, as for the modern-English measurement.
 */
class TechnicalEnglishPrecisionTest {
    private static final double MAX_PROSE_EDITS_PER_100K_WORDS = 12.0;
    private static final int MIN_WORDS = 200_000;

    @Test
    void technicalDocumentationKeepsItsCodeAndMostOfItsProse() throws IOException {
        Path dir = CleanEnglish.TECHNICAL_DIR;
        CleanEnglish.Measurement m = CleanEnglish.measure(
                CleanEnglish.requiredFiles(dir, "scripts/technical-english.sh"), CleanOptions.defaults(),
                CleanEnglish.Cut.WHOLE_FILE, UnaryOperator.identity());
        List<Change> prose = new ArrayList<>();
        List<Change> onCode = new ArrayList<>();
        Map<String, Integer> byRule = new TreeMap<>();
        StringBuilder tsv = new StringBuilder("kind\tfile\trule\toriginal\treplacement\tcontext\n");
        for (Change c : m.changes()) {
            boolean removal = m.isRemoval(c);
            byRule.merge(c.rule(), 1, Integer::sum);
            tsv.append(removal ? "removed" : "edit").append('\t').append(c.file()).append('\t').append(c.rule())
                    .append('\t').append(CleanEnglish.oneLine(c.original())).append('\t')
                    .append(CleanEnglish.oneLine(c.replacement()))
                    .append('\t').append(CleanEnglish.oneLine(c.marked(60))).append('\n');
            if (removal) {
                continue;
            }
            prose.add(c);
            TextAnalysis analysis = TextAnalysis.of(c.document());
            if (analysis.touchesCode(c.start(), Math.max(c.start() + 1, c.end()))
                    && !c.original().isBlank() && !c.original().equals(c.replacement().strip())) {
                onCode.add(c);
            }
        }
        Files.writeString(dir.resolve("changes.tsv"), tsv, StandardCharsets.UTF_8);
        double rate = prose.size() * 100_000.0 / m.words();
        System.out.printf(Locale.ROOT, "technical English: %d words, %d changes (%d removed blocks, %d edits: %.2f"
                + " per 100k words), %.0f KB/s; by rule %s; %d edits touching code%n", m.words(), m.changes().size(),
                m.removed().size(), prose.size(), rate, m.kilobytesPerSecond(), byRule, onCode.size());
        assertTrue(m.words() >= MIN_WORDS, "the corpus is too small to measure: " + m.words() + " words");
        assertTrue(onCode.isEmpty(), "edits on code: " + onCode.stream().map(c -> c.rule() + " " + c.marked(40)).toList());
        assertTrue(rate <= MAX_PROSE_EDITS_PER_100K_WORDS, String.format(Locale.ROOT,
                "%.2f edits per 100k words outside the blocks stage; read each in %s", rate, dir.resolve("changes.tsv")));
    }
}
