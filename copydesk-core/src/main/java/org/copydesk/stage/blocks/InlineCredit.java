package org.copydesk.stage.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A picture's credit left inside a paragraph as a sentence of its own: "… at the launch of the channel here. Photo
 * courtesy of BERNAMA. KUALA LUMPUR, June 25 (NNN-BERNAMA) — …". The page printed caption and credit above the story
 * and the scrape ran them into the text. The evidence is the sentence's whole shape: it opens after a sentence end (or
 * a line start), names only the picture and its source ("Photo courtesy of", "Photo by", "Image:"), with capitalised
 * words for the source, and closes at once; it goes, the sentences around it stay. A sentence that goes on ("Photo
 * by photo, the story unfolds.") or a source in lower case ("Photo by the author") is no credit.
 */
final class InlineCredit {
    static final String RULE = "INLINE_CREDIT";
    private static final Pattern CREDIT = Pattern.compile(
            "(?<=^|[.!?][ \\t])(?:Photo|Photos|Photograph|Image|Picture|Foto)(?: courtesy of| courtesy| by| credit:?|:)"
                    + " (?:the )?(?<source>\\p{Lu}[\\p{L}&'’-]*(?:[ /]\\p{Lu}[\\p{L}&'’.-]*){0,4})\\.(?=[ \\t]+\\S|$)",
            Pattern.MULTILINE);

    record Credit(int start, int end, String source) {
    }

    private InlineCredit() {
    }

    static List<Credit> find(String text) {
        List<Credit> out = new ArrayList<>();
        if (!ReadMoreTail.containsIgnoringAsciiCase(text, STEMS)) {
            return out;
        }
        Matcher m = CREDIT.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
                end++;
            }
            out.add(new Credit(m.start(), end == text.length() || text.charAt(end) == '\n' ? m.end() : end,
                    m.group("source")));
        }
        return out;
    }

    /** Every credit opens with one of these: a text without one is answered without the pattern's scan. */
    private static final List<String> STEMS = List.of("photo", "image", "picture", "foto");
}
