package org.copydesk.stage.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.copydesk.CleanOptions;
import org.copydesk.Copydesk;
import org.copydesk.testing.Stages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ftfy's own test cases (src/test/resources/ftfy, see NOTICE there) run
 * through our encoding and unicode stages.
 *
 * <p>ftfy has two answers per case: {@code fixed-encoding}, what
 * {@code ftfy.fix_encoding} gives (mojibake only), and {@code fixed}, what
 * {@code ftfy.fix_text} gives (mojibake, HTML entities, straight quotes,
 * ligatures, character width, control characters, NFC). We compare the
 * first with our encoding stage with HTML entities off, and the second with
 * both stages and straight quotes. A case counts as fixed when either
 * matches. Cases whose label says "negative" are text that must not change.
 */
class FtfyCasesTest {
    private static final String[] FILES = {"in-the-wild", "synthetic", "negative", "language-names"};
    private static final Copydesk DESK = Copydesk.builder().build();
    private static CleanOptions encodingOnly;
    private static CleanOptions full;

    record Case(String file, String label, String original, String fixedEncoding, String fixed, boolean pass) {
        boolean negative() {
            return file.equals("negative") || label.toLowerCase().contains("negative");
        }
    }

    @BeforeAll
    static void options() {
        encodingOnly = Stages.only("encoding").withDisabledRules(Set.of("HTML_ENTITY", "HTML_ENTITY_DOUBLE"));
        full = Stages.only("encoding", "unicode").withQuotes(CleanOptions.QuoteStyle.STRAIGHT);
    }

    static List<Case> load(String file) throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = FtfyCasesTest.class.getResourceAsStream("/ftfy/" + file + ".json")) {
            for (JsonNode n : new ObjectMapper().readTree(in)) {
                String fixed = n.get("fixed").asText();
                String fixedEncoding = n.has("fixed-encoding") ? n.get("fixed-encoding").asText() : fixed;
                cases.add(new Case(file, n.get("label").asText(), n.get("original").asText(), fixedEncoding, fixed,
                        n.get("expect").asText().equals("pass")));
            }
        }
        return cases;
    }

    static String encodingFix(String s) {
        return DESK.clean(s, encodingOnly).text();
    }

    static String fullFix(String s) {
        return DESK.clean(s, full).text();
    }

    @Test
    void ftfyCases() throws IOException {
        int total = 0;
        int fixedEither = 0;
        int fixedEncoding = 0;
        int fixedFull = 0;
        int negatives = 0;
        List<String> failures = new ArrayList<>();
        List<String> negativeFailures = new ArrayList<>();
        for (String file : FILES) {
            for (Case c : load(file)) {
                String enc = encodingFix(c.original());
                String all = fullFix(c.original());
                boolean encOk = enc.equals(c.fixedEncoding());
                boolean fullOk = all.equals(c.fixed());
                if (c.negative()) {
                    negatives++;
                    if (!enc.equals(c.original()) && !encOk) {
                        negativeFailures.add(c.label() + "\n   got  " + enc);
                    }
                    continue;
                }
                if (!c.pass()) {
                    continue;
                }
                total++;
                fixedEncoding += encOk ? 1 : 0;
                fixedFull += fullOk ? 1 : 0;
                if (encOk || fullOk) {
                    fixedEither++;
                } else {
                    failures.add(c.file() + ": " + c.label() + "\n   in   " + c.original() + "\n   want "
                            + c.fixedEncoding() + "\n   got  " + enc + "\n   full " + all);
                }
            }
        }
        System.out.printf("ftfy cases: %d of %d fixed (%.1f%%); fix_encoding semantics %d, fix_text semantics %d;"
                + " negatives %d, changed %d%n", fixedEither, total, 100.0 * fixedEither / total, fixedEncoding,
                fixedFull, negatives, negativeFailures.size());
        failures.forEach(f -> System.out.println("MISS " + f));
        negativeFailures.forEach(f -> System.out.println("NEGATIVE CHANGED " + f));
        assertEquals(List.of(), negativeFailures, "negative cases must stay unchanged");
        assertTrue(fixedEither >= Math.ceil(0.95 * total), "fixed " + fixedEither + " of " + total);
    }
}
