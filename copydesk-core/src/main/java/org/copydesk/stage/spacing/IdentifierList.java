package org.copydesk.stage.spacing;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A list of program or package names written in prose: "(accountsservice, system-config-printer, etc.)". An item
 * beside a name of that shape (lower-case parts joined by hyphens, dots or underscores, and no English word as
 * a whole) is a name of the same kind, written as its program spells it, not two words run together.
 */
final class IdentifierList {
    /** Lower-case parts joined by hyphens, dots or underscores: "system-config-printer", "libc6-dev", "python3.11". */
    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{Ll}\\d]+(?:[-._][\\p{Ll}\\d]+)+");
    /** How far the list is read on each side of the item, within its line. */
    private static final int REACH = 200;

    private IdentifierList() {
    }

    /**
     * The token [start, end) is an item of a comma-separated list (its neighbours are commas or the list's
     * brackets) and another item of the list has an identifier's shape that {@code englishWord} does not know.
     */
    static boolean itemBesideIdentifier(String text, int start, int end, Predicate<String> englishWord) {
        int before = skipSpacesBack(text, start);
        int after = skipSpaces(text, end);
        if (before < 0 || after >= text.length() || "(,".indexOf(text.charAt(before)) < 0
                || ",)".indexOf(text.charAt(after)) < 0) {
            return false;
        }
        int from = before;
        while (from > 0 && from > start - REACH && "(\n".indexOf(text.charAt(from)) < 0) {
            from--;
        }
        int to = after;
        while (to < text.length() && to < end + REACH && ")\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        for (String item : text.substring(from + 1, Math.min(to, text.length())).split(",")) {
            String trimmed = item.strip();
            if (IDENTIFIER.matcher(trimmed).matches() && !englishWord.test(trimmed)) {
                return true;
            }
        }
        return false;
    }

    private static int skipSpacesBack(String text, int pos) {
        int p = pos - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        return p;
    }

    private static int skipSpaces(String text, int pos) {
        int p = pos;
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        return p;
    }
}
