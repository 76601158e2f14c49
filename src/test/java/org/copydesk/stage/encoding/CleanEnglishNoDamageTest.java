package org.copydesk.stage.encoding;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.Edit;
import org.copydesk.core.StageCatalog;
import org.junit.jupiter.api.Test;

/**
 * "No damage": the encoding and unicode stages on ~4.5 MB of clean public
 * domain English (scripts/clean-english.sh), with curly quotes, dashes and
 * accented names added the way news copy has them. Prints changes per
 * 100,000 words; skips itself when the files are absent.
 */
class CleanEnglishNoDamageTest {
    @Test
    void cleanEnglishStaysClean() throws Exception {
        Path dir = Path.of("target/clean-english");
        assumeTrue(Files.isRegularFile(dir.resolve("kjv.txt")), "run scripts/clean-english.sh first");
        Set<String> others = new java.util.HashSet<>(StageCatalog.ids());
        others.remove("encoding");
        others.remove("unicode");
        Copydesk desk = Copydesk.builder().options(CleanOptions.defaults().withDisabledStages(others)).build();
        long words = 0;
        int edits = 0;
        Map<String, Integer> byRule = new TreeMap<>();
        for (String name : new String[] {"kjv.txt", "devil.txt"}) {
            String text = Files.readString(dir.resolve(name)).replace("'s ", "\u2019s ").replace(" - ", " \u2013 ")
                    .replace("\"", "\u201c");
            for (String chunk : text.split("\n\n")) {
                words += chunk.split("\\s+").length;
                CleanResult r = desk.clean(chunk);
                for (Edit e : r.edits()) {
                    edits++;
                    byRule.merge(e.rule(), 1, Integer::sum);
                    if (edits <= 10) {
                        System.out.println("EDIT " + e);
                    }
                }
            }
        }
        double per100k = edits * 100_000.0 / words;
        System.out.printf("clean English: %d words, %d edits = %.2f per 100k words %s%n", words, edits, per100k, byRule);
        assertTrue(per100k < 1.0, "too many changes to clean English: " + byRule);
    }
}
