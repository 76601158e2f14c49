package org.copydesk.stage.blocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.Removed;
import org.copydesk.testing.Stages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metadata, removal spans and user dictionaries of the blocks stage. */
class BlocksStageTest {
    private static final Copydesk DESK = Copydesk.builder().build();
    private static final String BODY = "The ministers met in Geneva on Tuesday and agreed to resume the talks next month.";
    private static final String MORE = "Officials said the agreement would be signed before the end of the year.";

    private static CleanOptions blocksOnly() {
        return Stages.only("blocks");
    }

    private static CleanResult clean(String text) {
        return DESK.clean(text, blocksOnly());
    }

    @Test
    void datelineInsideTheLeadStaysAndIsRead() {
        String text = "Leaders meet in Astana\n\nAstana, July 04, 2024, The Europe Today: " + BODY + "\n";
        CleanResult r = clean(text);
        assertEquals(text, r.text());
        assertEquals("Astana", r.metadata().get("dateline"));
        assertEquals("2024-07-04", r.metadata().get("date"));
        assertEquals("The Europe Today", r.metadata().get("source"));
    }

    @Test
    void agencyDatelinesAreRead() {
        CleanResult efe = clean("Beijing/Moscow, Jun 28 (EFE).- " + BODY);
        assertEquals("Beijing/Moscow", efe.metadata().get("dateline"));
        assertEquals("EFE", efe.metadata().get("agency"));
        assertEquals("--06-28", efe.metadata().get("date"));
        CleanResult tass = clean("MOSCOW, June 26 /TASS/. " + BODY);
        assertEquals("MOSCOW", tass.metadata().get("dateline"));
        assertEquals("TASS", tass.metadata().get("agency"));
        CleanResult reuters = clean("WASHINGTON (Reuters) - " + BODY);
        assertEquals("WASHINGTON", reuters.metadata().get("dateline"));
        assertEquals("Reuters", reuters.metadata().get("agency"));
    }

    @Test
    void datelineLookAlikeDeepInTheStoryIsNotRead() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            text.append("In round ").append(i + 1).append(", ").append(BODY).append("\n\n");
        }
        text.append("Paris, March 3, 2024, the last day of talks: nothing was agreed.\n");
        CleanResult r = clean(text.toString());
        assertFalse(r.metadata().containsKey("dateline"));
        assertEquals(text.toString(), r.text());
    }

    @Test
    void dateSourceAndPhotoLinesGoToMetadata() {
        CleanResult r = clean("June 16, 2024\n\n" + BODY + "\n\nPhoto: Reuters Archive\n\n" + MORE
                + "\n\nSource: Aristegui Noticias\n");
        assertEquals(BODY + "\n\n" + MORE + "\n", r.text());
        assertEquals("2024-06-16", r.metadata().get("date"));
        assertEquals("Reuters Archive", r.metadata().get("photo_credit"));
        assertEquals("Aristegui Noticias", r.metadata().get("source"));
        assertEquals(List.of("metadata", "metadata", "metadata"), r.removed().stream().map(Removed::label).toList());
    }

    @Test
    void bylineNeedsAName() {
        CleanResult r = clean("By Jane Doe and John Smith, Reuters\n\n" + BODY);
        assertEquals(BODY, r.text());
        assertEquals("Jane Doe and John Smith", r.metadata().get("byline"));
        assertEquals("Reuters", r.metadata().get("agency"));
        String subhead = BODY + "\n\nBy Popular Demand\n\n" + MORE;
        assertEquals(subhead, clean(subhead).text());
    }

    @Test
    void removedBlocksTakeTheirBlankLinesWithThem() {
        assertEquals(BODY + "\n\n" + MORE + "\n", clean(BODY + "\n\nAdvertisement\n\n\n" + MORE + "\n").text());
        assertEquals(BODY + "\n", clean(BODY + "\n\nLeave a Reply\n\nRelated Articles\n").text());
        assertEquals(BODY + "\n" + MORE, clean("Skip to content\n" + BODY + "\nAdvertisement\n" + MORE).text());
        CleanResult r = clean(BODY + "\n\nLeave a Reply\n");
        Removed removed = r.removed().get(0);
        assertEquals("boilerplate", removed.label());
        assertEquals("COMMENT_FORM", removed.rule());
        assertTrue(removed.text().contains("Leave a Reply"));
        assertEquals(r.input(), r.reconstructInput());
    }

    @Test
    void teaserGoesAndWholeParagraphStays() {
        String teaser = "The ministers met in Geneva on Tuesday and agreed to resume the";
        CleanResult r = clean(teaser + "\n\n" + BODY + "\n\n" + MORE);
        assertEquals(BODY + "\n\n" + MORE, r.text());
        assertEquals("duplicate", r.removed().get(0).label());
    }

    @Test
    void lowConfidenceRemovalBecomesAFinding() {
        CleanResult r = DESK.clean(BODY + "\n\nMenu\n\n" + MORE, blocksOnly().withApplyThreshold(0.95));
        assertEquals(BODY + "\n\nMenu\n\n" + MORE, r.text());
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("NAVIGATION")));
    }

    @Test
    void disabledRuleKeepsItsBlocks() {
        String text = BODY + "\n\nLeave a Reply";
        assertEquals(text, DESK.clean(text, blocksOnly().withDisabledRules(Set.of("COMMENT_FORM"))).text());
    }

    @Test
    void userRowsWinOverBundledRows(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("boilerplate.tsv"), String.join("\n",
                "# label\trule\tconfidence\tscope\tlimits\tpattern\tnote",
                "body\tKEEP_BAR\t1.0\tline\t-\tBreaking News\tour site uses this line as a section name",
                "boilerplate\tHOUSE_PROMO\t0.9\tline\twords<=8\t(?i:support our journalism)(?: .*)?\thouse promo",
                ""), StandardCharsets.UTF_8);
        Copydesk desk = Copydesk.builder().dictionaryDirs(List.of(dir)).build();
        CleanResult r = desk.clean("Breaking News\n\n" + BODY + "\n\nSupport our journalism today", blocksOnly());
        assertEquals("Breaking News\n\n" + BODY, r.text());
        assertEquals("HOUSE_PROMO", r.removed().get(0).rule());
    }

    @Test
    void badUserPatternIsReportedWithItsPlace(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("boilerplate.tsv"),
                "boilerplate\tBAD\t0.9\tline\t-\t(a+)\\1\tbackreferences are not linear\n", StandardCharsets.UTF_8);
        // user dictionaries are validated when the desk is built: the bad row stops it, with its place
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Copydesk.builder().dictionaryDirs(List.of(dir)).build());
        assertTrue(e.getMessage().contains("boilerplate.tsv:1: bad RE2 pattern"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BlockRules.load(
                org.copydesk.dict.Dictionaries.withUserDirs(List.of(dir))));
    }

    @Test
    void metadataValuesAreNotRepeated() {
        CleanResult r = clean(BODY + "\n\nPhoto: Reuters Archive\n\n" + MORE + "\n\nPhoto: Reuters Archive\n\nThe talks end on Friday.");
        assertEquals("Reuters Archive", r.metadata().get("photo_credit"));
        assertEquals(2, r.removed().size());
    }

    private static final String PARAGRAPH = "The harbour authority said the new cranes would double the number of containers"
            + " the port can handle each day, and that the work would be finished before the winter.";

    private static String reasonOf(CleanResult r, String rule) {
        return r.edits().stream().filter(e -> e.rule().equals(rule)).map(org.copydesk.Edit::reason).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + r.edits()));
    }

    @Test
    void pastedParagraphGoesAndItsReasonNamesTheEvidence() {
        CleanResult r = clean(BODY + "\n\n" + PARAGRAPH + "\n\n" + PARAGRAPH + "\n\n" + MORE);
        assertEquals(BODY + "\n\n" + PARAGRAPH + "\n\n" + MORE, r.text());
        assertTrue(reasonOf(r, "DUPLICATE_BLOCK").contains("pasted twice"), r.edits().toString());
    }

    @Test
    void headlineRepeatedAtTheTopGoesWithItsReason() {
        String headline = "Port expansion divides the fishing town";
        CleanResult r = clean(headline + "\n\n" + BODY + "\n\n" + headline + "\n\n" + MORE);
        assertEquals(headline + "\n\n" + BODY + "\n\n" + MORE, r.text());
        assertTrue(reasonOf(r, "DUPLICATE_BLOCK").contains("headline"), r.edits().toString());
    }

    @Test
    void farRepeatOfAParagraphIsTheAuthors() {
        StringBuilder text = new StringBuilder(PARAGRAPH);
        for (int i = 0; i < 14; i++) {
            text.append("\n\nIn round ").append(i + 1).append(", ").append(BODY);
        }
        text.append("\n\n").append(PARAGRAPH);
        assertEquals(text.toString(), clean(text.toString()).text());
    }

    @Test
    void fencedCodeIsNeverChrome() {
        String text = BODY + "\n\n```\n#endif\nMore\nprint\n1 of 3\n```\n\n" + MORE;
        assertEquals(text, clean(text).text());
    }

    @Test
    void uniformlyIndentedDumpStillLosesItsChrome() {
        String text = "   " + BODY + "\n\n   " + MORE + "\n\n   " + BODY + "\n\n   Comments (3)\n\n   Leave a Reply\n";
        CleanResult r = clean(text);
        assertEquals(List.of("COMMENT_COUNT", "COMMENT_FORM"), r.removed().stream().map(Removed::rule).toList());
    }
    /** A manual's furniture: a heading, a link, an author and a copyright line that pages print as chrome. */
    private static final String MANUAL_FURNITURE = "SEE ALSO\n\nhttps://example.org/docs/\n\nAUTHOR\n\n"
            + "Copyright (c) 2010 Jane Doe. All rights reserved.\n";

    @Test
    void aManualWithCodeKeepsItsOwnFurnitureAndReportsIt() {
        String manual = "The sort function orders a list in place.\n\n    my @sorted = sort { $a <=> $b } @numbers;\n"
                + "    print join(\", \", @sorted), \"\\n\";\n    $count = scalar @sorted;\n\n"
                + "It returns the list it was given.\n\n" + MANUAL_FURNITURE;
        CleanResult r = clean(manual);
        assertEquals(manual, r.text(), "nothing removed from a manual");
        assertTrue(r.removed().isEmpty(), r.removed().toString());
        for (String rule : List.of("RELATED_LIST", "LINK_LINE", "AUTHOR_BOX", "COPYRIGHT")) {
            assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals(rule)
                    && f.message().contains("3 lines or identifiers of program code")), rule + " reported: " + r.findings());
        }
        // the same lines under a news story, where no line is code, are removed as before
        CleanResult page = clean(BODY + "\n\n" + MORE + "\n\n" + MANUAL_FURNITURE);
        assertEquals(BODY + "\n\n" + MORE + "\n", page.text());
    }

    @Test
    void aReferencePageNamingItsIdentifiersIsAManualToo() {
        String reference = "Modules for the job are on CPAN: List::Util gives shuffle(), and Module::Build installs it.\n\n"
                + MANUAL_FURNITURE;
        assertEquals(reference, clean(reference).text());
        // one identifier in a story is not enough
        String story = BODY + " The agency's tool takes a --verbose switch.\n\n" + MORE + "\n\n" + MANUAL_FURNITURE;
        assertEquals(BODY + " The agency's tool takes a --verbose switch.\n\n" + MORE + "\n", clean(story).text());
    }

    @Test
    void indentedLinesThatAreNotCodeByTheirWordsDoNotMakeAManual() {
        // a scrape that indents a menu: layout alone is no evidence of code
        String page = BODY + "\n\n    Home\n    World news today\n    Sports and more\n\n" + MORE
                + "\n\nhttps://example.org/share/123\n";
        assertEquals(BODY + "\n\n    Home\n    World news today\n    Sports and more\n\n" + MORE + "\n",
                clean(page).text());
    }
}
