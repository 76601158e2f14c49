package org.copydesk.stage.encoding;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copydesk.dict.Dictionaries;

/**
 * HTML character references left in text: named ({@code &rsquo;}), decimal
 * ({@code &#8217;}), hexadecimal ({@code &#x2019;}), and escaped again
 * ({@code &amp;#8217;}, {@code &amp;amp;}). Names come from
 * {@code encoding/html-entities.tsv}. A reference that is quoted on its own
 * or follows talk of entities is text about HTML and stays.
 */
final class HtmlEntities {
    /** A reference found: [start, end) to become {@code text}; {@code layers} of escaping. */
    record Reference(int start, int end, String text, int layers) {
    }

    private static final String[] ABOUT_HTML = {"entity", "entities", "escape", "character reference", "html code",
        "markup"};
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private final Map<String, String> named;
    private final int longestName;

    private HtmlEntities(Map<String, String> named) {
        this.named = named;
        this.longestName = named.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    static HtmlEntities load(Dictionaries dictionaries) {
        Map<String, String> named = new HashMap<>();
        for (Dictionaries.Row row : dictionaries.table("encoding/html-entities.tsv")) {
            StringBuilder sb = new StringBuilder();
            try {
                for (String hex : row.get(1).split(" ")) {
                    sb.appendCodePoint(Integer.parseInt(hex, 16));
                }
            } catch (IllegalArgumentException e) {
                throw row.error("need a name and hex code points");
            }
            named.put(row.get(0), sb.toString());
        }
        return new HtmlEntities(named);
    }

    List<Reference> find(String t) {
        List<Reference> out = new ArrayList<>();
        for (int i = t.indexOf('&'); i >= 0; i = t.indexOf('&', i + 1)) {
            Reference r = at(t, i);
            if (r != null && !aboutHtml(t, r)) {
                out.add(r);
                i = r.end() - 1;
            }
        }
        return out;
    }

    /** How far a reference reaches: "&amp;amp;" layers and the longest name, with room to spare. */
    private static final int WINDOW = 64;

    /**
     * The reference at {@code start}, read past C0 control characters inside it ("&amp;q", a NUL, "uot;"): the
     * unicode stage removes them after this stage, which would leave a reference ("&quot;") that only a
     * second clean decodes. The reference then spans the control characters too.
     */
    private Reference at(String t, int start) {
        int limit = Math.min(t.length(), start + WINDOW);
        boolean controls = false;
        for (int i = start; i < limit && !controls; i++) {
            controls = removedLater(t.charAt(i));
        }
        if (!controls) {
            return atVisible(t, start);
        }
        StringBuilder visible = new StringBuilder();
        int[] origin = new int[limit - start + 1];
        for (int i = start; i < limit; i++) {
            if (!removedLater(t.charAt(i))) {
                origin[visible.length()] = i;
                visible.append(t.charAt(i));
            }
        }
        origin[visible.length()] = limit;
        Reference r = atVisible(visible.toString(), 0);
        return r == null ? null : new Reference(start, origin[r.end() - 1] + 1, r.text(), r.layers());
    }

    /** A C0 control character (not tab or line break) or DEL: always removed by the unicode stage. */
    private static boolean removedLater(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F;
    }

    private Reference atVisible(String t, int start) {
        int p = start + 1;
        int layers = 1;
        while (t.startsWith("amp;", p) && p + 4 < t.length() && isReferenceStart(t, p + 4)) {
            p += 4;
            layers++;
        }
        // peel back "amp;" layers until what is left is a reference ("&amp;amp;T" is "&amp;" + "amp;T")
        for (; layers >= 1; layers--, p -= 4) {
            int semi = t.indexOf(';', p);
            if (semi < 0 || semi == p || semi - p > Math.max(longestName, 9)) {
                continue;
            }
            String body = t.substring(p, semi);
            String value = body.charAt(0) == '#' ? numeric(body) : named.get(body);
            if (value != null) {
                return new Reference(start, semi + 1, value, layers);
            }
        }
        return null;
    }

    private static boolean isReferenceStart(String t, int p) {
        char c = t.charAt(p);
        return c == '#' || Character.isLetter(c);
    }

    private static String numeric(String body) {
        boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
        String digits = body.substring(hex ? 2 : 1);
        if (digits.isEmpty() || digits.length() > 7) {
            return null;
        }
        int cp;
        try {
            cp = Integer.parseInt(digits, hex ? 16 : 10);
        } catch (NumberFormatException e) {
            return null;
        }
        if (cp >= 0x80 && cp <= 0x9F) {
            // the HTML standard reads these as Windows-1252, as browsers do
            String s = new String(new byte[] {(byte) cp}, CP1252);
            return s.charAt(0) == '\uFFFD' ? null : s;
        }
        if (cp == 0 || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF || cp < 0x20 && cp != '\t' && cp != '\n') {
            return null;
        }
        return new String(Character.toChars(cp));
    }

    /** Text about HTML: the reference quoted on its own, or named as an entity just before. */
    private static boolean aboutHtml(String t, Reference r) {
        char before = r.start() > 0 ? t.charAt(r.start() - 1) : ' ';
        char after = r.end() < t.length() ? t.charAt(r.end()) : ' ';
        if ("`\"'\u201c\u2018\u00ab".indexOf(before) >= 0 && "`\"'\u201d\u2019\u00bb".indexOf(after) >= 0) {
            return true;
        }
        String window = t.substring(Math.max(0, r.start() - 40), r.start()).toLowerCase(Locale.ROOT);
        for (String word : ABOUT_HTML) {
            if (window.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
