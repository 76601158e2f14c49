package org.copydesk.testing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Seeded generator of hostile documents: mixed scripts, mojibake of our own
 * sentences, combining marks, bidi controls, huge tokens, HTML, code, odd
 * whitespace and line endings, glued words. The same seed gives the same text.
 */
public final class NastyText {
    private static final String[] WORDS = {"the", "minister", "said", "talks", "in", "Geneva", "and", "of",
        "Putin", "Xi", "Jinping", "summit", "once", "more", "rest", "celebrated", "on", "which", "BRICS", "power"};
    private static final String[] SCRIPTS = {"\u041f\u0443\u0442\u0438\u043d", "\u4e60\u8fd1\u5e73",
        "\u0627\u0644\u0633\u0644\u0627\u0645", "\u05e9\u05dc\u05d5\u05dd", "\u0391\u03b8\u03ae\u03bd\u03b1",
        "\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35", "\u0928\u092e\u0938\u094d\u0924\u0947", "caf\u00e9", "\uD83D\uDE00",
        "\uff21\uff22\uff23", "\ufb01nal", "S\u00e3o Paulo", "presidente dijo que"};
    private static final String[] MARKUP = {"<p>", "</p>", "<a href=\"x\">", "</a>", "&amp;", "&nbsp;",
        "&#8217;", "&amp;#8217;", "<br/>", "<script>var a=1;</script>", "```\n", "    int x = 0;\n",
        "Leave a Reply\n", "Share this:\n", "Breaking News\n", "#tag ", "https://example.com/a?b=c ",
        "2024-07-08 04:55:57\n", "| a | b |\n", "- item\n", "# Heading\n"};
    private static final String[] CONTROLS = {"\u200b", "\u200d", "\u200c", "\u00ad", "\ufeff", "\u202e", "\u200f",
        "\u2066", "\u0000", "\u0007", "\u0093", "\u00a0", "\u2009", "\t", "\r\n", "\r", "\n\n", "\n"};
    private static final String PUNCTUATION = ". , ; ! ? \" \u201c \u201d ( ) [ ] \u2026 - \u2013 \u2014";
    private static final String[] PAGES = {"windows-1252", "ISO-8859-1", "windows-1250", "windows-1251", "x-MacRoman"};

    private NastyText() {
    }

    /** A document of about {@code size} characters. */
    public static String generate(long seed, int size) {
        Random rnd = new Random(seed);
        StringBuilder sb = new StringBuilder(size + 64);
        while (sb.length() < size) {
            switch (rnd.nextInt(12)) {
                case 0, 1, 2 -> sb.append(WORDS[rnd.nextInt(WORDS.length)]).append(rnd.nextInt(5) == 0 ? "" : " ");
                case 3 -> sb.append(Adversarial.SENTENCES[rnd.nextInt(Adversarial.SENTENCES.length)]).append(' ');
                case 4 -> sb.append(misread(Adversarial.SENTENCES[rnd.nextInt(Adversarial.SENTENCES.length)],
                        PAGES[rnd.nextInt(PAGES.length)], rnd.nextInt(4) == 0)).append(' ');
                case 5 -> sb.append(SCRIPTS[rnd.nextInt(SCRIPTS.length)]).append(' ');
                case 6 -> sb.append(MARKUP[rnd.nextInt(MARKUP.length)]);
                case 7 -> sb.append(CONTROLS[rnd.nextInt(CONTROLS.length)]);
                case 8 -> sb.append((char) ('a' + rnd.nextInt(26))).append("\u0301".repeat(1 + rnd.nextInt(rnd.nextInt(30) + 1)));
                case 9 -> sb.append(rnd.nextBoolean() ? "x".repeat(rnd.nextInt(300)) : "Theminister".repeat(1 + rnd.nextInt(4)));
                case 10 -> sb.append(PUNCTUATION.charAt(rnd.nextInt(PUNCTUATION.length())));
                default -> sb.appendCodePoint(randomCodePoint(rnd));
            }
        }
        return sb.toString();
    }

    private static int randomCodePoint(Random rnd) {
        int cp = switch (rnd.nextInt(3)) {
            case 0 -> 0x20 + rnd.nextInt(0x5f);
            case 1 -> rnd.nextInt(0x3000);
            default -> rnd.nextInt(0x110000);
        };
        return cp;
    }

    private static String misread(String s, String charset, boolean twice) {
        String once = new String(s.getBytes(StandardCharsets.UTF_8), Charset.forName(charset));
        return twice ? new String(once.getBytes(StandardCharsets.UTF_8), Charset.forName(charset)) : once;
    }
}
