package org.copydesk.stage.grammar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.testing.Stages;
import org.junit.jupiter.api.Test;

/**
 * LanguageTool reads a command line as a sentence: "--feeds feeds.txt" is a repeated word to it, a listing's
 * "root root" columns too. A match that touches code is no finding; the same slip in prose still is.
 */
class GrammarOnCodeTest {
    private static final Copydesk DESK = Copydesk.builder().build();

    private static CleanResult grammar(String text) {
        return DESK.clean(text, Stages.only("grammar"));
    }

    private static boolean repeatReported(CleanResult r) {
        return r.findings().stream().anyMatch(f -> f.rule().equals("ENGLISH_WORD_REPEAT_RULE"));
    }

    @Test
    void aCommandLineIsNotCheckedAsASentence() {
        CleanResult r = grammar("The most common call reads the feeds from a file:\n\n"
                + "    tidyfeed --feeds feeds.txt --out items.jsonl\n\nIt writes one line per item.\n");
        assertFalse(repeatReported(r), r.findings().toString());
    }

    @Test
    void theSameRepeatInProseIsReported() {
        CleanResult r = grammar("The most common call reads the the feeds from a file.\n\nIt writes one line per item.\n");
        assertTrue(repeatReported(r), r.findings().toString());
    }
}
