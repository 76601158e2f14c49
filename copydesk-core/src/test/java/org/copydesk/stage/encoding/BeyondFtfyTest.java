package org.copydesk.stage.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.testing.Stages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where we go past ftfy: mojibake fixed per sequence, so a line may mix
 * correct text with mojibake of any of our code pages (ftfy decodes a line as
 * a whole, and fixes fragments only for Windows-1252/Latin-1); code pages
 * ftfy does not have (cp874 Thai). The families themselves are in
 * {@link MojibakeFamiliesTest}.
 */
class BeyondFtfyTest {
    private static final Copydesk DESK = Copydesk.builder().build();
    private static final CleanOptions ENCODING_ONLY = Stages.only("encoding");

    private static String fix(String s) {
        return DESK.clean(s, ENCODING_ONLY).text();
    }

    static Stream<Arguments> mixedLines() {
        return Stream.of(
            Arguments.of("cp1251 name in a line with correct quotes",
                "\u201cPeace,\u201d said \u0420\u045a\u0420\u0455\u0421\u0403\u0420\u0454\u0420\u0406\u0420\u00b0\u2019s envoy.",
                "\u201cPeace,\u201d said \u041c\u043e\u0441\u043a\u0432\u0430\u2019s envoy."),
            Arguments.of("cp1251 next to correct Cyrillic",
                "\u041f\u0443\u0442\u0438\u043d met \u0420\u040e\u0420\u0451 \u0420\u00a6\u0420\u00b7\u0420\u0451\u0420\u0405\u0421\u040a\u0420\u0457\u0420\u0451\u0420\u0405 in Kazan.",
                "\u041f\u0443\u0442\u0438\u043d met \u0421\u0438 \u0426\u0437\u0438\u043d\u044c\u043f\u0438\u043d in Kazan."),
            Arguments.of("cp1250 with a correct en dash",
                "Krak\u00f3w \u2013 \u0139\u0081\u0102\u0142d\u0139\u015f rail link reopens",
                "Krak\u00f3w \u2013 \u0141\u00f3d\u017a rail link reopens"),
            Arguments.of("cp1252 next to correct accents",
                "Sinn F\u00e9in and L\u00c3\u00b3pez Obrador", "Sinn F\u00e9in and L\u00f3pez Obrador"),
            Arguments.of("MacRoman beside correct curly quotes",
                "\u2018Zelensky\u201a\u00c4\u00f4s plan,\u2019 he said.", "\u2018Zelensky\u2019s plan,\u2019 he said."),
            Arguments.of("cp437 beside a correct accent",
                "caf\u00e9 owner \u2500\u00eee\u253c\u00edtina", "caf\u00e9 owner \u010ce\u0161tina"),
            Arguments.of("cp874 quotes in English",
                "\u0e42\u20ac\u009cOur delegation,\u0e42\u20ac\u009d he said.", "\u201cOur delegation,\u201d he said."),
            Arguments.of("cp874 apostrophe and dash",
                "the country\u0e42\u20ac\u0099s exports \u0e42\u20ac\u201c rice", "the country\u2019s exports \u2013 rice"),
            Arguments.of("cp1253 Greek in English",
                "Prime Minister \u039e\u009c\u039e\u00b7\u039f\u201e\u039f\u0192\u039e\u038f\u039f\u201e\u039e\u00ac\u039e\u038a\u039e\u00b7\u039f\u201a said",
                "Prime Minister \u039c\u03b7\u03c4\u03c3\u03bf\u03c4\u03ac\u03ba\u03b7\u03c2 said"),
            Arguments.of("cp1254 emoji", "Great news \u011f\u0178\u02dc\u20ac today", "Great news \ud83d\ude00 today"),
            Arguments.of("doubly encoded apostrophe mid-line",
                "the minister\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2s \u201cfinal\u201d offer",
                "the minister\u2019s \u201cfinal\u201d offer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mixedLines")
    void fixesWhatAWholeLineDecoderCannot(String name, String dirty, String clean) {
        assertEquals(clean, fix(dirty), name);
    }

    @Test
    void thaiMojibakeWithLostBytesIsFlaggedNotGuessed() {
        String text = "โOur delegation,โ he said.";
        CleanResult r = DESK.clean(text, ENCODING_ONLY);
        assertEquals(text, r.text());
        List<org.copydesk.Finding> lost = r.findings().stream()
                .filter(f -> f.rule().equals("MOJIBAKE_LOST_BYTES")).toList();
        assertEquals(2, lost.size(), r.findings().toString());
        assertEquals("\u201c", lost.get(0).suggestion());
        assertEquals("\u201d", lost.get(1).suggestion());
    }

    @Test
    void realThaiStaysThai() {
        String thai = "ภาษาไทย โรงเรียน เมืองไทย";
        assertEquals(thai, fix(thai));
        assertTrue(DESK.clean(thai, ENCODING_ONLY).findings().isEmpty());
    }

    @Test
    void truncatedClosingQuoteIsRestoredFromItsPlace() {
        String text = "He called it â€œa triumphâ€ and left.";
        CleanResult r = DESK.clean(text, ENCODING_ONLY);
        assertEquals("He called it “a triumph” and left.", r.text());
        assertTrue(r.edits().stream().anyMatch(e -> e.rule().equals("MOJIBAKE_LOST_QUOTE")
                && e.confidence() > 0.9 && e.reason().contains("opened earlier")), r.edits().toString());
    }

    @Test
    void truncatedCharacterBetweenLettersIsOnlyFlagged() {
        String text = "It was a wellâ€known case.";
        CleanResult r = DESK.clean(text, ENCODING_ONLY);
        assertEquals(text, r.text());
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("MOJIBAKE_LOST_BYTES")), r.findings().toString());
    }

    @Test
    void brandNameThatLooksLikeMojibakeStays() {
        // "Â" before a no-break space inside a capitalised brand (our own made-up name) is not mojibake
        assertEquals("SALÂ\u00a0MODA", fix("SALÂ\u00a0MODA"));
    }
}
