package org.copydesk.text;

import java.util.regex.Pattern;

/**
 * Tells the kind of one line from its shape alone: indentation and prompts
 * (code), symbol density (code), cell separators (table), bullets (list), and
 * length, capitalisation and final punctuation (heading). Cheap and local, so
 * every stage can trust the same answer.
 */
final class LineClassifier {
    private static final Pattern PROMPT = Pattern.compile("^\\s*(?:>>>|\\.\\.\\.(?:\\s|$)|\\$>? |# |% |C:\\\\|[a-z]+@[\\w.-]+[:$#])");
    private static final Pattern INDENTED = Pattern.compile("^(?: {4}|\t)");
    private static final Pattern CODE_STATEMENT = Pattern.compile(
            "^\\s*(?:#include|#define|#if|#endif|#else|import |from \\S+ import|def |class \\S+[:(]|return\\b|[a-z_][\\w.]*\\s*=[^=]|[a-z_][\\w.]*\\(.*\\)\\s*;?$|[{}]\\s*$|//|/\\*|\\.\\. [a-z-]+::"
                    // a sigil variable assigned, bound to a regex or called through ("$cost = ...", "@list =~", "$obj->run")
                    + "|[$@%][A-Za-z_]\\w*\\s*(?:[-+*/.x]?=[^=]|=~|->))"
                    // a statement closed and commented ("print $x while 1;  # loops forever", "x++; // next")
                    + "|;\\s+(?:#|//)\\s");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[*•·▪◦‣–-]|\\d{1,3}[.)]|[a-z][.)])\\s+\\S");
    private static final Pattern CELL_GAP = Pattern.compile("\t|\\s\\|\\s|\\S {3,}\\S");
    private static final Pattern ENTITY = Pattern.compile("&#?\\w{1,8};");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]{0,10}(?:\\s[^<>]{0,300})?/?>");
    /** C0 controls (not tab) and DEL: the unicode stage removes them, so they must not decide a line's kind. */
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]+");
    private static final String CODE_SYMBOLS = "{}[]()=;<>_#/\\|`$@^~*";

    private LineClassifier() {
    }

    /** {@code previous}: the kind of the nearest non-blank line above, or BLANK at the start. */
    static LineKind classify(String line, LineKind previous) {
        return classify(line, previous, !line.isBlank() && readsAsCode(line));
    }

    /** As {@link #classify(String, LineKind)}, with {@link #readsAsCode} already answered for the line. */
    static LineKind classify(String line, LineKind previous, boolean readsAsCode) {
        if (line.isBlank()) {
            return LineKind.BLANK;
        }
        if (readsAsCode) {
            return LineKind.CODE;
        }
        if (INDENTED.matcher(line).find()) {
            // an indented line under code or at the start of a block is preformatted text
            return LineKind.CODE;
        }
        if (previous == LineKind.CODE && Character.isWhitespace(line.charAt(0))) {
            // output and continuation lines of a code block are often indented less than its code
            return LineKind.CODE;
        }
        if (cellGaps(line) >= 2) {
            return LineKind.TABLE_ROW;
        }
        if (BULLET.matcher(line).find()) {
            return LineKind.LIST_ITEM;
        }
        if (looksLikeHeading(line.strip())) {
            return LineKind.HEADING;
        }
        return LineKind.PROSE;
    }

    /** Code by its words alone, wherever it stands: a prompt, a statement, or dense with code symbols. */
    static boolean readsAsCode(String line) {
        return PROMPT.matcher(line).find() || CODE_STATEMENT.matcher(line).find() || symbolShare(line) > 0.12;
    }

    private static double symbolShare(String raw) {
        // character references (&amp; &#8220;) and HTML tags are scraping damage in prose, not code syntax; a tag
        // is read as it will stand once the control characters inside it are gone ("<", U+0001, "/p>"), or the
        // line is code on the first clean and prose on the second
        String line = mayHoldMarkup(raw)
                ? TAG.matcher(ENTITY.matcher(CONTROLS.matcher(raw).replaceAll("")).replaceAll("x")).replaceAll(" ")
                : raw;
        int symbols = 0;
        int visible = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c)) {
                visible++;
                if (CODE_SYMBOLS.indexOf(c) >= 0) {
                    symbols++;
                }
            }
        }
        return visible < 4 ? 0 : (double) symbols / visible;
    }

    /** A control character, '&' or '<': without any, the three replacements above leave the line as it is. */
    private static boolean mayHoldMarkup(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '&' || c == '<' || c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    private static int cellGaps(String line) {
        int n = 0;
        var m = CELL_GAP.matcher(line);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static boolean looksLikeHeading(String line) {
        if (line.isEmpty() || line.length() > 110) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (".!?,;:\"”)".indexOf(last) >= 0 && !line.endsWith("?")) {
            return false;
        }
        String[] words = line.split("\\s+");
        if (words.length > 14 || !Character.isUpperCase(line.codePointAt(0))) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                capitalised++;
            }
        }
        // a hard-wrapped prose line also lacks final punctuation, but it is long and mostly lower case
        return words.length <= 8 || capitalised * 2 >= words.length || line.endsWith("?");
    }
}
