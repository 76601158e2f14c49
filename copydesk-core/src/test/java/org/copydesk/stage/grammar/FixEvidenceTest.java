package org.copydesk.stage.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.Edit;
import org.copydesk.Finding;
import org.copydesk.testing.Stages;
import org.copydesk.text.TextAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An allowlisted grammar fix is applied with its evidence in the reason, or
 * reported with why it was not applied; and where no automatic fix may go.
 */
class FixEvidenceTest {
    private static final Copydesk DESK = Copydesk.builder().build();

    private static CleanResult grammar(String text) {
        return DESK.clean(text, Stages.only("grammar"));
    }

    @Test
    void anAppliedFixStatesItsEvidence() {
        CleanResult r = grammar("The two minister are expected to meet in May.");
        Edit e = r.edits().get(0);
        assertEquals("ministers", e.replacement());
        assertTrue(e.reason().contains("Evidence: 'two' counts 'minister'"), e.reason());
        assertTrue(e.reason().contains("rules out its verb reading"), e.reason());
    }

    @Test
    void aWithheldFixSaysWhyNotApplied() {
        CleanResult r = grammar("By 1990 the number of people over 65 will have grown to 27 million.");
        assertTrue(r.edits().isEmpty(), r.edits().toString());
        Finding f = r.findings().stream().filter(x -> x.rule().equals("NUMERAL_SINGULAR_NOUN"))
                .findFirst().orElseThrow();
        assertTrue(f.message().contains("Not applied: 'will' can be a modal verb"), f.message());
        assertEquals("wills", f.suggestion());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // heading, table row, double and single quotes: reported, never applied (indented code: below)
        "Leaders of three country met in Astana",
        "Envoys\tthree country\tmet in Geneva",
        "He said: \"The two minister are expected.\"",
        "The rule reads 'the two minister are' and stops.",
    })
    void noFixOutsideRunningProse(String text) {
        CleanResult r = grammar(text);
        assertEquals(text, r.text(), r.edits().toString());
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("NUMERAL_SINGULAR_NOUN")
                && f.message().contains("Not applied")), r.findings().toString());
    }

    @Test
    void codeIsNeitherFixedNorReported() {
        String text = "The call prints a line:\n\n    The two minister are expected.\n";
        CleanResult r = grammar(text);
        assertEquals(text, r.text(), r.edits().toString());
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("NUMERAL_SINGULAR_NOUN")), r.findings().toString());
    }

    @Test
    void singleQuotesAndBackticksEncloseButApostrophesDoNot() {
        String text = "He wrote 'Paris in the the spring' and ``a is b`` but the students' the the book.";
        TextAnalysis a = TextAnalysis.of(text);
        TextAnalysis.Line line = a.lineAt(0);
        int paris = text.indexOf("the the");
        int code = text.indexOf("a is");
        int plain = text.lastIndexOf("the the");
        assertTrue(FixPlace.inSingleQuotes(text, line, paris, paris + 7));
        assertTrue(FixPlace.inSingleQuotes(text, line, code, code + 1));
        assertEquals(false, FixPlace.inSingleQuotes(text, line, plain, plain + 7));
        assertEquals(false, FixPlace.inSingleQuotes("It's the the end, isn't it", a.lineAt(0), 5, 12));
    }
}
