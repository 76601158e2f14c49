package org.copydesk.stage.unicode;

import java.util.Locale;
import com.ibm.icu.text.Normalizer2;
import java.util.HashMap;
import java.util.Map;
import org.copydesk.core.Draft;
import org.copydesk.dict.Dictionaries;

/**
 * Visible characters in an odd form: fullwidth ASCII in Latin text,
 * ligatures and digraph letters ({@code unicode/ligatures.tsv}), odd spaces,
 * and U+02BC MODIFIER LETTER APOSTROPHE used as an apostrophe in Latin text.
 * No-break spaces between words keep their meaning; only stray ones go.
 */
final class CharacterForms {
    private final Map<Character, String> ligatures;
    private final Normalizer2 nfkc = Normalizer2.getNFKCInstance();

    private CharacterForms(Map<Character, String> ligatures) {
        this.ligatures = ligatures;
    }

    static CharacterForms load(Dictionaries dictionaries) {
        Map<Character, String> ligatures = new HashMap<>();
        for (Dictionaries.Row row : dictionaries.table("unicode/ligatures.tsv")) {
            if (row.get(0).length() != 1 || row.get(1).isEmpty()) {
                throw row.error("need one character and its replacement");
            }
            ligatures.put(row.get(0).charAt(0), row.get(1));
        }
        return new CharacterForms(ligatures);
    }

    static boolean isCandidate(char c) {
        return c == 0xA0 || c == 0x02BC || c >= 0x2000 && c <= 0x200A || c == 0x2028 || c == 0x2029 || c == 0x205F
                || c == 0x1680 || c == 0x3000 || c >= 0xFF01 && c <= 0xFF5E || c >= 0xFB00 && c <= 0xFB06
                || c >= 0x0132 && c <= 0x0133 || c == 0x0149 || c >= 0x01C4 && c <= 0x01CC;
    }

    /** Proposes the change for the candidate at {@code i}; returns where scanning goes on. */
    int propose(Draft draft, int i) {
        String t = draft.text();
        char c = t.charAt(i);
        String lig = ligatures.get(c);
        if (lig != null) {
            draft.replace(i, i + 1, lig, "LIGATURE", "unicode", 0.95, "ligature " + c + " spelled out");
        } else if (c >= 0xFF01 && c <= 0xFF5E || c == 0x3000) {
            return fullwidth(draft, t, i);
        } else if (c == 0xA0) {
            return noBreakSpaces(draft, t, i);
        } else if (c == 0x2028) {
            draft.replace(i, i + 1, "\n", "ODD_SPACE", "whitespace", 0.95, "line separator U+2028");
        } else if (c == 0x2029) {
            draft.replace(i, i + 1, "\n\n", "ODD_SPACE", "whitespace", 0.95, "paragraph separator U+2029");
        } else if (c >= 0x2000 && c <= 0x200A || c == 0x205F || c == 0x1680) {
            if (c != 0x2007) {
                draft.replace(i, i + 1, " ", "ODD_SPACE", "whitespace", 0.9, String.format(Locale.ROOT, "odd space U+%04X", (int) c));
            }
        } else if (c == 0x02BC) {
            int before = Scripts.before(t, i);
            int after = Scripts.after(t, i + 1);
            boolean latin = isLatin(before) || isLatin(after);
            boolean cyrillic = isCyrillic(before) || isCyrillic(after);
            if (latin && !cyrillic) {
                draft.replace(i, i + 1, "\u2019", "APOSTROPHE_MODIFIER", "unicode", 0.9,
                        "modifier letter apostrophe U+02BC used as an apostrophe");
            }
        }
        return i + 1;
    }

    /** A run of fullwidth forms outside CJK text becomes ASCII (ICU NFKC does the mapping). */
    private int fullwidth(Draft draft, String t, int i) {
        int end = i;
        while (end < t.length() && (t.charAt(end) >= 0xFF01 && t.charAt(end) <= 0xFF5E || t.charAt(end) == 0x3000)) {
            end++;
        }
        if (!Scripts.isCjk(Scripts.before(t, i)) && !Scripts.isCjk(Scripts.after(t, end))) {
            draft.replace(i, end, nfkc.normalize(t.substring(i, end)), "FULLWIDTH", "unicode", 0.9,
                    "fullwidth forms in non-CJK text");
        }
        return end;
    }

    /**
     * A single no-break space between two words is kept (it means "do not
     * break here"); one touching an ordinary space or a line end is stray,
     * and a run of them between words is one space.
     */
    private int noBreakSpaces(Draft draft, String t, int i) {
        int end = i;
        while (end < t.length() && t.charAt(end) == 0xA0) {
            end++;
        }
        char before = i > 0 ? t.charAt(i - 1) : '\n';
        char after = end < t.length() ? t.charAt(end) : '\n';
        boolean stray = Character.isWhitespace(before) || Character.isWhitespace(after);
        if (stray) {
            draft.replace(i, end, "", "ODD_SPACE", "whitespace", 0.85, "stray no-break space");
        } else if (end - i > 1) {
            draft.replace(i, end, " ", "ODD_SPACE", "whitespace", 0.85, "run of no-break spaces");
        }
        return end;
    }

    private static boolean isLatin(int cp) {
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }

    private static boolean isCyrillic(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC;
    }
}
