package org.copydesk.stage.foreign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.CleanOptions;
import org.copydesk.CleanOptions.ForeignPassages;
import org.copydesk.CleanResult;
import org.copydesk.Finding;
import org.copydesk.LanguageSpan;
import org.junit.jupiter.api.Test;

/** Passage policies, language spans, findings and offsets of the foreign stage. */
class ForeignStageTest {
    private static final String PASSAGE = "El presidente dijo que la economía crecerá este año.";
    private static final String TEXT = "The talks went well. " + PASSAGE + " Then the leaders left.";

    private static CleanResult clean(String text, CleanOptions options) {
        return ForeignTestSetTest.DESK.clean(text, options);
    }

    @Test
    void passageIsKeptWithFindingAndLanguageSpanByDefault() {
        CleanResult r = clean(TEXT, ForeignTestSetTest.foreignOnly());
        assertEquals(TEXT, r.text());
        Finding f = r.findings().stream().filter(x -> x.rule().equals("FOREIGN_PASSAGE")).findFirst().orElseThrow();
        assertEquals(PASSAGE, f.text());
        LanguageSpan span = r.languages().get(0);
        assertEquals("es", span.language());
        assertEquals(PASSAGE, TEXT.substring(span.start(), span.end()));
    }

    @Test
    void passageIsMarkedInPlace() {
        CleanResult r = clean(TEXT, ForeignTestSetTest.foreignOnly().withForeignPassages(ForeignPassages.MARK));
        assertEquals("The talks went well. [es: " + PASSAGE + "] Then the leaders left.", r.text());
        assertEquals(TEXT, r.reconstructInput());
    }

    @Test
    void passageIsDroppedIntoRemovedParts() {
        CleanResult r = clean(TEXT, ForeignTestSetTest.foreignOnly().withForeignPassages(ForeignPassages.DROP));
        assertEquals("The talks went well.  Then the leaders left.", r.text());
        assertEquals("foreign", r.removed().get(0).label());
        assertEquals(PASSAGE, r.removed().get(0).text());
    }

    @Test
    void codeWithSpanishIdentifiersIsNoPassage() {
        String text = "The script below sets the price for each order line.\n\n"
                + "    precio_total = calcular_precio(cantidad, descuento)\n"
                + "    resultado = precio_total * cantidad\n\nIt then prints the total.\n";
        CleanResult r = clean(text, ForeignTestSetTest.foreignOnly());
        assertEquals(text, r.text());
        assertTrue(r.findings().isEmpty(), r.findings().toString());
        assertTrue(r.languages().isEmpty(), r.languages().toString());
    }

    @Test
    void labelLineInTheSourceLanguageIsRemovedOnceAndNotAlsoReported() {
        // three lower-case words: long enough for the sentence test too, which used to report the line again
        String label = "elecciones presidenciales anticipadas";
        String text = "Voters lined up early outside the schools on Sunday, EFE reported.\n\n" + label
                + "\n\nSantiago, May 3 (EFE) Voters lined up for hours before the polls opened in the capital.";
        CleanResult r = clean(text, ForeignTestSetTest.foreignOnly());
        assertEquals(text.replace(label + "\n\n", ""), r.text());
        assertEquals(1, r.removed().size(), r.removed().toString());
        assertEquals(label + "\n\n", r.removed().get(0).text());
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().startsWith("FOREIGN_PASSAGE")), r.findings().toString());
        assertEquals(text, r.reconstructInput());
    }

    @Test
    void germanPassageIsFound() {
        String german = "Die Regierung hat am Montag neue Maßnahmen angekündigt.";
        CleanResult r = clean("The vote was close. " + german, ForeignTestSetTest.foreignOnly());
        assertTrue(r.languages().stream().anyMatch(l -> l.language().equals("de")), r.languages().toString());
    }

    @Test
    void otherScriptsAreReportedNotChanged() {
        String text = "Putin (Владимир Путин) met Xi (习近平) and Tsipras (Αλέξης Τσίπρας).";
        CleanResult r = clean(text, ForeignTestSetTest.foreignOnly());
        assertEquals(text, r.text());
        assertEquals(3, r.findings().stream().filter(f -> f.rule().equals("FOREIGN_SCRIPT")).count());
        assertTrue(r.languages().stream().anyMatch(l -> l.language().equals("zh")));
        assertTrue(r.languages().stream().anyMatch(l -> l.language().equals("el")));
    }

    @Test
    void editsNameTheirInputSpan() {
        String text = "It was backed by the líder Russian. Both líderIt’s met.";
        CleanResult r = clean(text, ForeignTestSetTest.foreignOnly());
        assertEquals("It was backed by the Russian leader. Both leaders met.", r.text());
        assertEquals("líder Russian", r.edits().get(0).original());
        assertEquals(text.indexOf("líder"), r.edits().get(0).start());
        assertEquals(text, r.reconstructInput());
    }

    @Test
    void manyThreadsGetWhatOneThreadGets() throws Exception {
        java.util.List<String> inputs = ForeignTestSetTest.rows("/testsets/foreign.tsv").stream().map(r -> r[0]).toList();
        CleanOptions only = ForeignTestSetTest.foreignOnly();
        java.util.List<String> expected = inputs.stream().map(t -> clean(t, only).text()).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<String>> outs = new java.util.ArrayList<>();
            for (String t : inputs) {
                outs.add(pool.submit(() -> clean(t, only).text()));
            }
            for (int i = 0; i < inputs.size(); i++) {
                assertEquals(expected.get(i), outs.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void languagesAreConfigurable() {
        CleanOptions spanishOnly = ForeignTestSetTest.foreignOnly().withLanguages(java.util.List.of("es"));
        assertEquals("The government met the sindaco.",
                clean("The gobierno met the sindaco.", spanishOnly).text());
    }
}
