package org.copydesk.stage.encoding;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * A single-byte code page as a character-to-byte table, read from the JDK's
 * charset. Undefined bytes are read "sloppily": the C1 control with the same
 * number stands for the byte, as WHATWG decoders and ftfy's sloppy codecs do,
 * so text that went through such a decoder can be turned back into bytes.
 */
final class CodePage {
    static final int NONE = -1;
    private final String id;
    private final String rule;
    private final String telltales;
    private final short[] byteOf = new short[0x10000];
    private final boolean[] c1Native = new boolean[0x20];

    CodePage(String id, String charsetName, String rule, String telltales) {
        this.id = id;
        this.rule = rule;
        this.telltales = telltales;
        Arrays.fill(byteOf, (short) NONE);
        byte[] all = new byte[1];
        boolean[] defined = new boolean[256];
        Charset charset = Charset.forName(charsetName);
        for (int b = 0; b < 256; b++) {
            all[0] = (byte) b;
            String s = new String(all, charset);
            if (s.length() == 1 && s.charAt(0) != '\uFFFD') {
                byteOf[s.charAt(0)] = (short) b;
                defined[b] = s.charAt(0) != b;
            }
        }
        for (int b = 0x80; b < 0xA0; b++) {
            c1Native[b - 0x80] = !defined[b];
            if (byteOf[b] == NONE) {
                byteOf[b] = (short) b;
            }
        }
    }

    String id() {
        return id;
    }

    String rule() {
        return rule;
    }

    /** The byte this character is in this code page, or {@link #NONE}. */
    int byteOf(char c) {
        return byteOf[c];
    }

    /**
     * Whether this code page itself turns the C1 control {@code c} out of its
     * byte (Latin-1, or a byte the page leaves undefined). A C1 control for a
     * byte the page prints as something else points to another code page.
     */
    boolean producesC1(char c) {
        return c >= 0x80 && c < 0xA0 && c1Native[c - 0x80];
    }

    boolean isTelltale(char c) {
        return telltales.indexOf(c) >= 0;
    }
}
