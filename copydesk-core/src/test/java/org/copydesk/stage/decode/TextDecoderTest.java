package org.copydesk.stage.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    @Test
    void validUtf8IsTakenAsIs() {
        TextDecoder.Decoded d = TextDecoder.decode("Sinn Féin – “yes”".getBytes(StandardCharsets.UTF_8));
        assertEquals("Sinn Féin – “yes”", d.text());
        assertEquals("UTF-8", d.charset());
    }

    @Test
    void utf8WithAStrayWindows1252ByteKeepsBoth() {
        byte[] utf8 = "Café owners said “no” to the plan, and the mayor agreed. ".repeat(3).getBytes(StandardCharsets.UTF_8);
        byte[] stray = "It costs \u20ac 5.".getBytes(Charset.forName("windows-1252"));
        byte[] all = new byte[utf8.length + stray.length];
        System.arraycopy(utf8, 0, all, 0, utf8.length);
        System.arraycopy(stray, 0, all, utf8.length, stray.length);
        TextDecoder.Decoded d = TextDecoder.decode(all);
        assertEquals("Café owners said “no” to the plan, and the mayor agreed. ".repeat(3) + "It costs € 5.", d.text());
        assertEquals("UTF-8+windows-1252", d.charset());
    }

    @Test
    void latin1IsGuessedAndReadAsWindows1252() {
        String text = "Le président a déclaré que la réunion était très importante pour l'économie française. "
                .repeat(4) + "Il a dit « c’est fini ».";
        TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(Charset.forName("windows-1252")));
        assertEquals(text, d.text());
    }

    @Test
    void cyrillicWindows1251IsGuessed() {
        String text = "Президент России заявил, что переговоры продолжатся в следующем месяце в Москве. ".repeat(4);
        TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(Charset.forName("windows-1251")));
        assertEquals(text, d.text());
        assertEquals("windows-1251", d.charset());
    }
}
