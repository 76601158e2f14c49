package org.copydesk.stage.foreign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.core.StageCatalog;
import org.junit.jupiter.api.Test;

/**
 * The measured bar of the foreign stage: of our own sentences with leftover
 * words from five languages (testsets/foreign.tsv), at least 90% come out
 * exactly as expected with the stage running alone.
 */
class ForeignTestSetTest {
    static final Copydesk DESK = Copydesk.builder().build();

    static CleanOptions foreignOnly() {
        Set<String> others = new HashSet<>(StageCatalog.ids());
        others.remove("foreign");
        return CleanOptions.defaults().withDisabledStages(others);
    }

    static List<String[]> rows(String resource) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = ForeignTestSetTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
        }
        return out;
    }

    @Test
    void ninetyPercentOfLeftoversRestoredExactly() throws IOException {
        List<String[]> rows = rows("/testsets/foreign.tsv");
        assertTrue(rows.size() >= 300, "the test set needs at least 300 sentences, has " + rows.size());
        CleanOptions options = foreignOnly();
        int exact = 0;
        List<String> misses = new ArrayList<>();
        for (String[] row : rows) {
            CleanResult r = DESK.clean(row[0], options);
            assertEquals(row[0], r.reconstructInput());
            if (r.text().equals(row[1])) {
                exact++;
            } else {
                misses.add(row[0] + "\n     got: " + r.text() + "\n    want: " + row[1]);
            }
        }
        double rate = exact / (double) rows.size();
        System.out.printf("foreign test set: %d/%d restored exactly (%.1f%%)%n", exact, rows.size(), 100 * rate);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertTrue(rate >= 0.90, String.format("only %.1f%% restored", 100 * rate));
    }
}
