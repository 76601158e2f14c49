package org.copydesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {
    private static int at(String text, String needle) {
        int i = text.indexOf(needle);
        assertTrue(i >= 0, needle);
        return i;
    }

    @Test
    void linesAreClassifiedByShape() {
        String text = "Markets rally as rates fall\n\nThe index rose 2% on Tuesday, traders said.\n"
                + "    for x in range(10):\n>>> print(x)\n* first point of a list\nName\tAge\tCity\n";
        TextAnalysis a = TextAnalysis.of(text);
        assertEquals(LineKind.HEADING, a.lineAt(at(text, "Markets")).kind());
        assertEquals(LineKind.PROSE, a.lineAt(at(text, "The index")).kind());
        assertEquals(LineKind.CODE, a.lineAt(at(text, "for x")).kind());
        assertEquals(LineKind.CODE, a.lineAt(at(text, "print")).kind());
        assertEquals(LineKind.LIST_ITEM, a.lineAt(at(text, "first point")).kind());
        assertEquals(LineKind.TABLE_ROW, a.lineAt(at(text, "Age")).kind());
    }

    @Test
    void codeIsKnownByItsStatementsAsWellAsItsIndentation() {
        String text = "Loops can run for ever.\n\n print \"again\\n\" while 1;   # never stops\n\n"
                + " $> time ./sort-log access.log > sorted\n\n $total = $price * $qty;\n\n"
                + "We won the final; #GoTeam were there.\n\nThe score was 3-1; # of fans: many.\n";
        TextAnalysis a = TextAnalysis.of(text);
        assertEquals(LineKind.CODE, a.lineAt(at(text, "print")).kind(), "a statement closed and commented");
        assertEquals(LineKind.CODE, a.lineAt(at(text, "time")).kind(), "a shell prompt");
        assertEquals(LineKind.CODE, a.lineAt(at(text, "$total")).kind(), "a sigil variable assigned");
        assertEquals(LineKind.PROSE, a.lineAt(at(text, "We won")).kind(), "a hashtag after a semicolon is prose");
        assertEquals(LineKind.PROSE, a.lineAt(at(text, "Loops")).kind());
    }

    @Test
    void literalBlocksAndFencesAreCode() {
        String text = "Warnings can be filtered from the command line ::\n\n   ignore,default:::mymodule\n"
                + "   --names=foo,bar --names ding,dong\n\nThe list holds each name once.\n\n"
                + "```\nitems = load(path)\nplain words, in a fence\n```\n\nThe fence ends there.\n";
        TextAnalysis a = TextAnalysis.of(text);
        assertEquals(LineKind.CODE, a.lineAt(at(text, "ignore,default")).kind());
        assertEquals(LineKind.CODE, a.lineAt(at(text, "--names")).kind());
        assertEquals(LineKind.PROSE, a.lineAt(at(text, "The list")).kind(), "the block ends at the margin");
        assertEquals(LineKind.CODE, a.lineAt(at(text, "plain words")).kind());
        assertEquals(LineKind.PROSE, a.lineAt(at(text, "The fence ends")).kind());
    }

    @Test
    void aPageThatIndentsEveryParagraphIsProseAtItsMargin() {
        String page = "Rates rise again\n\n     The central bank raised its key rate by a full point on Tuesday.\n"
                + "     Inflation eased to 7.1 percent in January from 7.5 percent in December.\n"
                + "     The board said it would act again if prices kept rising this spring.\n"
                + "         total = rate * 2;\n         print(total)\n";
        TextAnalysis a = TextAnalysis.of(page);
        assertEquals(LineKind.PROSE, a.lineAt(at(page, "The central bank")).kind(), "indented like every paragraph");
        assertEquals(LineKind.PROSE, a.lineAt(at(page, "Inflation")).kind());
        assertEquals(LineKind.CODE, a.lineAt(at(page, "total =")).kind(), "indented beyond the margin, and a statement");
        // one indented paragraph among paragraphs at the left edge is still preformatted
        String quoted = "The report was published on Monday by the ministry.\n\nIt runs to forty pages in all.\n\n"
                + "    The committee met twice and heard nine witnesses in public.\n\nIts findings were unanimous.\n";
        assertEquals(LineKind.CODE, TextAnalysis.of(quoted).lineAt(at(quoted, "The committee")).kind());
    }

    @Test
    void aProgramsOutputUnderADirectiveIsCodeThoughItReadsLikeSentences() {
        StringBuilder log = new StringBuilder("Run it and read the log:\n\n.. code-block:: shell\n\n");
        // a web server's log lines: each has six words or more and ends in "!", as a sentence does
        String[] users = {"sheila", "jim", "jim", "fred"};
        for (int thread = 1; thread <= users.length; thread++) {
            log.append("    Thread-").append(thread).append(" (process_request) app2 main  ").append(users[thread - 1])
                    .append(" 192.168.2.2").append(thread).append(thread % 2 == 0 ? " GET  Hello from the library!\n"
                            : " POST  Request processing started!\n");
        }
        String text = log.append("\nEach thread logs the requests it served.\n").toString();
        TextAnalysis a = TextAnalysis.of(text);
        assertEquals(LineKind.CODE, a.lineAt(at(text, "Thread-2")).kind(), "the output sets no margin for the text");
        assertEquals(LineKind.PROSE, a.lineAt(at(text, "Each thread")).kind());
    }

    @Test
    void namespacedIdentifiersAreCode() {
        String text = "Use Hash::Util::FieldHash or std::vector, as the note says.";
        TextAnalysis a = TextAnalysis.of(text);
        assertTrue(a.touchesCode(at(text, "FieldHash"), at(text, "FieldHash") + 9));
        assertTrue(a.touchesCode(at(text, "vector"), at(text, "vector") + 6));
        assertFalse(a.touchesCode(at(text, "note"), at(text, "note") + 4));
    }

    @Test
    void codeChunksAndUrlsAreProtectedInProse() {
        String text = "Call logging.Formatter or visit https://example.com/a today, said Ann.";
        TextAnalysis a = TextAnalysis.of(text);
        assertTrue(a.touchesCode(at(text, "Formatter"), at(text, "Formatter") + 9));
        assertTrue(a.touchesCode(at(text, "example"), at(text, "example") + 7));
        assertFalse(a.touchesCode(at(text, "today"), at(text, "today") + 5));
    }

    @Test
    void quotationsSentenceStartsAndUsageAreRead() {
        String text = "The Federal budget grew. Federal agencies spent more, and \"the federal rule\" stayed.";
        TextAnalysis a = TextAnalysis.of(text);
        assertTrue(a.inQuotation(at(text, "federal"), at(text, "federal") + 7));
        assertFalse(a.inQuotation(at(text, "budget"), at(text, "budget") + 6));
        assertTrue(a.startsSentence(at(text, "Federal agencies")));
        assertFalse(a.startsSentence(at(text, "budget")));
        assertEquals(1, a.count("Federal"), "the sentence-initial use is not counted");
        assertEquals(1, a.countLower("Federal"));
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        String text = "Mr. Smith met Dr. Jones in the U.S. capital.";
        TextAnalysis a = TextAnalysis.of(text);
        assertFalse(a.startsSentence(at(text, "Smith")));
        assertFalse(a.startsSentence(at(text, "Jones")));
    }

    @Test
    void aChunkWithoutACodeCharacterNeverMatchesTheCodePattern() {
        // the pre-test that spares most words the code regex must skip only chunks the regex rejects
        String alphabet = "awzWA9é'’,;!?\"“”‘" + ":@/\\_=<>{}|~^`*#$%.()[]-";
        Random r = new Random(11);
        int codeLike = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder chunk = new StringBuilder();
            for (int n = 1 + r.nextInt(9); n > 0; n--) {
                chunk.append(alphabet.charAt(r.nextInt(r.nextBoolean() ? 16 : alphabet.length())));
            }
            String c = chunk.toString();
            boolean matches = TextAnalysis.CODE_CHUNK.matcher(c).matches();
            if (!TextAnalysis.hasCodeCharacter(c, 0, c.length())) {
                assertFalse(matches, c);
            }
            codeLike += matches ? 1 : 0;
        }
        assertTrue(codeLike > 1000, "some chunks must be code: " + codeLike);
    }

    @Test
    void aQuoteIsLookedForWithinItsLineOnly() {
        // the search for a line's quotes stops at the line end (it used to run on to the end of the text)
        assertEquals(-1, TextAnalysis.indexIn("ab\"c", '"', 0, 2));
        assertEquals(2, TextAnalysis.indexIn("ab\"c", '"', 0, 3));
        String text = "He said \"no more.\nThe budget passed. \"Yes,\" she said.\n" + "Nothing quoted here.\n".repeat(50)
                + "Then “a quote” ends.\n";
        TextAnalysis a = TextAnalysis.of(text);
        assertFalse(a.inQuotation(at(text, "no more"), at(text, "no more") + 2), "an open quote closed on another line");
        assertFalse(a.inQuotation(at(text, "budget"), at(text, "budget") + 6));
        assertTrue(a.inQuotation(at(text, "Yes"), at(text, "Yes") + 3));
        assertFalse(a.inQuotation(at(text, "Nothing"), at(text, "Nothing") + 7));
        assertTrue(a.inQuotation(at(text, "a quote"), at(text, "a quote") + 7));
    }
}
