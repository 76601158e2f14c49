package org.copydesk.stage.unicode;

import org.copydesk.CleanOptions.QuoteStyle;
import org.copydesk.core.Draft;

/**
 * Quote style: STRAIGHT turns curly quotes and apostrophes into ' and ";
 * CURLY turns straight ones into the right opening or closing form, with ’
 * for apostrophes (don’t, ’90s, ’em). Straight quotes after a digit are
 * feet and inches and stay. Dashes are left as they are.
 */
final class QuoteStyler {
    private static final String ELISIONS = "|tis|twas|em|cause|til|round|n|s|90s|80s|70s|60s|00s|";

    private QuoteStyler() {
    }

    static void propose(Draft draft, QuoteStyle style) {
        if (style == QuoteStyle.STRAIGHT) {
            straighten(draft);
        } else if (style == QuoteStyle.CURLY) {
            curl(draft);
        }
    }

    private static void straighten(Draft draft) {
        String t = draft.text();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            String r = switch (c) {
                case '\u2018', '\u2019', '\u201a', '\u201b' -> "'";
                case '\u201c', '\u201d', '\u201e', '\u201f' -> "\"";
                default -> null;
            };
            if (r != null) {
                draft.replace(i, i + 1, r, "QUOTE_STYLE", "punctuation", 0.99, "straight quotes (house style)");
            }
        }
    }

    private static void curl(Draft draft) {
        String t = draft.text();
        boolean doubleOpen = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                doubleOpen = false;
            }
            if (c != '"' && c != '\'') {
                continue;
            }
            char before = i > 0 ? t.charAt(i - 1) : ' ';
            char after = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
            if (Character.isDigit(before)) {
                continue;
            }
            boolean openContext = Character.isWhitespace(before) || "([{\u2014\u2013-/".indexOf(before) >= 0;
            boolean closeContext = Character.isWhitespace(after) || ".,;:!?)]}\u2014\u2013-".indexOf(after) >= 0;
            String r;
            if (c == '"') {
                boolean open = openContext && !closeContext || !openContext && !closeContext ? !doubleOpen
                        : openContext && closeContext ? !doubleOpen : false;
                r = open ? "\u201c" : "\u201d";
                doubleOpen = open;
            } else if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
                r = "\u2019";
            } else if (openContext && Character.isLetterOrDigit(after)) {
                r = elision(t, i + 1) ? "\u2019" : "\u2018";
            } else {
                r = "\u2019";
            }
            draft.replace(i, i + 1, r, "QUOTE_STYLE", "punctuation", 0.9, "curly quotes (house style)");
        }
    }

    private static boolean elision(String t, int from) {
        int end = from;
        while (end < t.length() && Character.isLetterOrDigit(t.charAt(end))) {
            end++;
        }
        return ELISIONS.contains("|" + t.substring(from, end).toLowerCase(java.util.Locale.ROOT) + "|");
    }
}
