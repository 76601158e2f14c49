package org.copydesk.stage.foreign;

import java.util.Locale;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stretches of English text written in another script (Cyrillic, Greek,
 * Arabic, Han...). They are reported with a language guess from the script;
 * the names stage decides whether to transliterate them, so this stage never
 * changes them.
 */
public final class ScriptSpans {
    /** A run of one non-Latin script, with the language (or und-Script) it points to. */
    public record Span(int start, int end, UnicodeScript script, String language) {
    }

    private static final Map<UnicodeScript, String> LANGUAGE = Map.ofEntries(
            Map.entry(UnicodeScript.HAN, "zh"), Map.entry(UnicodeScript.HIRAGANA, "ja"),
            Map.entry(UnicodeScript.KATAKANA, "ja"), Map.entry(UnicodeScript.HANGUL, "ko"),
            Map.entry(UnicodeScript.GREEK, "el"), Map.entry(UnicodeScript.HEBREW, "he"),
            Map.entry(UnicodeScript.THAI, "th"), Map.entry(UnicodeScript.GEORGIAN, "ka"),
            Map.entry(UnicodeScript.ARMENIAN, "hy"));

    private ScriptSpans() {
    }

    public static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            UnicodeScript script = foreignScript(cp);
            if (script == null) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int end = i;
            // a run goes on over spaces and punctuation while the next letter is of the same script
            while (i < text.length()) {
                int c = text.codePointAt(i);
                UnicodeScript s = foreignScript(c);
                if (s == script || sameJapanese(s, script)) {
                    i += Character.charCount(c);
                    end = i;
                } else if (s == null && !Character.isLetterOrDigit(c) && c != '\n') {
                    i += Character.charCount(c);
                } else {
                    break;
                }
            }
            out.add(new Span(start, end, script, LANGUAGE.getOrDefault(script, "und-" + code(script))));
            i = end;
        }
        return out;
    }

    private static boolean sameJapanese(UnicodeScript a, UnicodeScript b) {
        return a != null && LANGUAGE.get(a) != null && LANGUAGE.get(a).equals("ja") && "ja".equals(LANGUAGE.get(b));
    }

    private static UnicodeScript foreignScript(int cp) {
        if (!Character.isLetter(cp)) {
            return null;
        }
        UnicodeScript s = UnicodeScript.of(cp);
        return s == UnicodeScript.LATIN || s == UnicodeScript.COMMON || s == UnicodeScript.INHERITED ? null : s;
    }

    private static String code(UnicodeScript script) {
        return switch (script) {
            case CYRILLIC -> "Cyrl";
            case ARABIC -> "Arab";
            case DEVANAGARI -> "Deva";
            default -> script.name().charAt(0) + script.name().substring(1, Math.min(4, script.name().length())).toLowerCase(Locale.ROOT);
        };
    }
}
