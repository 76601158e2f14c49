package org.copydesk.stage.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A "read more" link left at the end of a teaser paragraph: "… the new
 * generations. … Continue reading", "…said on Monday. Read more »",
 * "[…] Read the full story". Whole lines of this kind are the READ_MORE
 * boilerplate rule's; this finds the tail of a kept prose line, so only the
 * link goes and the paragraph stays.
 *
 * <p>The cue must stand apart from the sentence: after an omission mark
 * (the teaser was cut), or after a sentence end, capitalised, with nothing
 * after it but an arrow or guillemet. "…and I want to read more." or "you
 * can continue reading on page 4" are sentences, not links, and stay.
 */
final class ReadMoreTail {
    static final String RULE = "READ_MORE_TAIL";
    private static final String CUE = "(?:continue reading|read more|keep reading|read the full (?:story|article|post)"
            + "|read full (?:story|article|post))";
    /** "“" too: a closing "»" that the unicode stage read as an opening quotation mark. */
    private static final String ARROWS = "(?:[ \\t]*(?:»|›|→|>>|&raquo;|“))?";
    /** After an omission mark the cue may be in any case. */
    private static final Pattern AFTER_OMISSION = Pattern.compile(
            "[ \\t]*(?:…|\\.{3}|\\[…]|\\[\\.{3}]|\\(…\\)|\\[\\.\\.\\.\\])[ \\t]*(?i:" + CUE + ")" + ARROWS + "[ \\t]*$",
            Pattern.MULTILINE);
    /** After a sentence end the cue must be capitalised, as a link is, and not end in a full stop. */
    private static final Pattern AFTER_SENTENCE = Pattern.compile(
            "(?<=[.!?”\"’])[ \\t]+(?:Continue reading|Read more|Keep reading|Read the full (?:story|article|post)"
                    + "|Read full (?:story|article|post)|READ MORE|CONTINUE READING)" + ARROWS + "[ \\t]*$",
            Pattern.MULTILINE);
    /** The paragraph before the link must be prose: a few words, not a lone label. */
    private static final int MIN_WORDS_BEFORE = 4;

    record Tail(int start, int end) {
    }

    private ReadMoreTail() {
    }

    static List<Tail> find(String text) {
        List<Tail> out = new ArrayList<>();
        // every cue holds one of these (in any ASCII case: the patterns' case-blind part folds ASCII only), and
        // both patterns open with a scan tried at every offset of the text: a text without one is answered here
        if (!containsIgnoringAsciiCase(text, CUE_STEMS)) {
            return out;
        }
        collect(text, AFTER_OMISSION, out);
        collect(text, AFTER_SENTENCE, out);
        return out;
    }

    /** A part of every cue: "continue reading", "keep reading", "read more", "read the full …", "read full …". */
    static final List<String> CUE_STEMS = List.of("reading", "read more", "read the full", "read full");

    /** Whether the text holds one of the lower-case {@code stems}, in any case. */
    static boolean containsIgnoringAsciiCase(String text, List<String> stems) {
        for (int i = 0; i < text.length(); i++) {
            // each stem's first letter tried first: the stems' own, not an assumption that they share one
            char c = Character.toLowerCase(text.charAt(i));
            for (String stem : stems) {
                if (stem.charAt(0) == c && text.regionMatches(true, i, stem, 0, stem.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void collect(String text, Pattern pattern, List<Tail> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
            String before = text.substring(lineStart, m.start()).strip();
            if (before.split("\\s+").length >= MIN_WORDS_BEFORE
                    && out.stream().noneMatch(t -> t.start() < m.end() && m.start() < t.end())) {
                out.add(new Tail(m.start(), m.end()));
            }
        }
    }
}
