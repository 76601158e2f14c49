package org.copydesk.lexicon;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.copydesk.dict.Dictionaries;

/**
 * Romanises a name written in a native script with the ICU transliterator of
 * its language: Russian, Ukrainian, Belarusian, Serbian, Macedonian, Kazakh
 * (BGN/PCGN), Greek (UNGEGN), Georgian and Armenian (BGN), Chinese (pinyin,
 * written as names are: surname, then the given name joined, tones dropped)
 * and Korean (Revised Romanisation, with the family names Korean news uses).
 * Arabic, Hebrew and Indic scripts are not attempted: their standard schemes
 * need vowels the script does not write.
 */
public final class NameScripts {
    /** A script family, as far as romanising names goes. */
    public enum Script { LATIN, CYRILLIC, GREEK, HAN, KANA, HANGUL, GEORGIAN, ARMENIAN, ARABIC, HEBREW, INDIC, OTHER }

    /** A romanised name, the ICU scheme that made it, and whether the scheme gives the spelling news uses. */
    public record Romanised(String latin, String scheme, boolean reliable) {
    }

    private final Map<String, String> chineseCompoundSurnames;
    private final Map<String, String> koreanSurnames;
    private final Map<String, Transliterator> transliterators = new ConcurrentHashMap<>();

    private NameScripts(Map<String, String> chineseCompoundSurnames, Map<String, String> koreanSurnames) {
        this.chineseCompoundSurnames = Map.copyOf(chineseCompoundSurnames);
        this.koreanSurnames = Map.copyOf(koreanSurnames);
    }

    public static NameScripts load(Dictionaries dictionaries) {
        Map<String, String> zh = new HashMap<>();
        Map<String, String> ko = new HashMap<>();
        for (Dictionaries.Row row : dictionaries.table("names/surnames.tsv")) {
            switch (row.get(0)) {
                case "zh" -> zh.put(row.get(1), row.get(2));
                case "ko" -> ko.put(row.get(1), row.get(2));
                default -> throw row.error("surname language must be zh or ko");
            }
        }
        return new NameScripts(zh, ko);
    }

    /** The script family of a code point (letters and marks; anything else is OTHER). */
    public static Script scriptOf(int cp) {
        int script = UScript.getScript(cp);
        return switch (script) {
            case UScript.LATIN -> Script.LATIN;
            case UScript.CYRILLIC -> Script.CYRILLIC;
            case UScript.GREEK -> Script.GREEK;
            case UScript.HAN -> Script.HAN;
            case UScript.HIRAGANA, UScript.KATAKANA -> Script.KANA;
            case UScript.HANGUL -> Script.HANGUL;
            case UScript.GEORGIAN -> Script.GEORGIAN;
            case UScript.ARMENIAN -> Script.ARMENIAN;
            case UScript.ARABIC -> Script.ARABIC;
            case UScript.HEBREW -> Script.HEBREW;
            case UScript.DEVANAGARI, UScript.BENGALI, UScript.GURMUKHI, UScript.GUJARATI, UScript.TAMIL,
                    UScript.TELUGU, UScript.KANNADA, UScript.MALAYALAM -> Script.INDIC;
            default -> Script.OTHER;
        };
    }

    /** The script of the first letter of the text. */
    public static Script scriptOf(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (UCharacter.isLetter(cp)) {
                return scriptOf(cp);
            }
            i += Character.charCount(cp);
        }
        return Script.OTHER;
    }

    /** The name in Latin letters, when its script is one this class romanises. */
    public Optional<Romanised> romanise(String name) {
        return switch (scriptOf(name)) {
            case CYRILLIC -> Optional.of(cyrillic(name));
            case GREEK -> Optional.of(new Romanised(
                    NameKeys.stripDiacritics(run("Greek-Latin/UNGEGN", name)), "Greek-Latin/UNGEGN", true));
            case GEORGIAN -> Optional.of(new Romanised(capitalise(dropApostrophes(run("Georgian-Latin/BGN", name))),
                    "Georgian-Latin/BGN", true));
            case ARMENIAN -> Optional.of(new Romanised(capitalise(dropApostrophes(run("Armenian-Latin/BGN", name))),
                    "Armenian-Latin/BGN", true));
            case HAN -> chinese(name);
            case HANGUL -> korean(name);
            default -> Optional.empty();
        };
    }

    /** Chooses the BGN scheme of the language the letters betray (і ї є ґ are Ukrainian, ў Belarusian, ...). */
    private Romanised cyrillic(String name) {
        String scheme = "Russian-Latin/BGN";
        if (name.matches("(?s).*[ӘәҒғҚқҢңӨөҰұҮүҺһ].*")) {
            scheme = "Kazakh-Latin/BGN";
        } else if (name.matches("(?s).*[Ўў].*")) {
            scheme = "Belarusian-Latin/BGN";
        } else if (name.matches("(?s).*[ІіЇїЄєҐґ].*")) {
            scheme = "Ukrainian-Latin/BGN";
        } else if (name.matches("(?s).*[ЃѓЌќЅѕ].*")) {
            scheme = "Macedonian-Latin/BGN";
        } else if (name.matches("(?s).*[ЂђЈјЉљЊњЋћЏџ].*")) {
            scheme = "Serbian-Latin/BGN";
        }
        String latin = run(scheme, name);
        if (!scheme.startsWith("Serbian") && !scheme.startsWith("Macedonian")) {
            // English copy writes BGN's soft-sign primes and ë without marks: Zelensʹkyy -> Zelenskyy
            latin = NameKeys.stripDiacritics(dropApostrophes(latin.replace("·", "")));
        }
        return new Romanised(latin, scheme, true);
    }

    private Optional<Romanised> chinese(String name) {
        String han = name.replaceAll("[\\s·・]", "");
        if (han.codePoints().anyMatch(cp -> scriptOf(cp) != Script.HAN) || han.length() < 2) {
            return Optional.empty();
        }
        int cut = han.length() > 2 && chineseCompoundSurnames.containsKey(han.substring(0, 2)) ? 2 : 1;
        String surname = chineseCompoundSurnames.getOrDefault(han.substring(0, cut),
                pinyin("Han-Latin/Names", han.substring(0, cut)));
        String given = pinyin("Han-Latin", han.substring(cut));
                // two to four Han characters may as well be a word as a name: suggest, do not apply
        return Optional.of(new Romanised(capitalise(surname) + " " + capitalise(given), "Han-Latin/Names", false));
    }

    private String pinyin(String scheme, String han) {
        return NameKeys.stripDiacritics(run(scheme, han)).replaceAll("[\\s']", "").toLowerCase(Locale.ROOT);
    }

    private Optional<Romanised> korean(String name) {
        String hangul = name.replaceAll("\\s", "");
        if (hangul.length() < 2 || hangul.codePoints().anyMatch(cp -> scriptOf(cp) != Script.HANGUL)) {
            return Optional.empty();
        }
        String first = hangul.substring(0, 1);
        String surname = koreanSurnames.getOrDefault(first, capitalise(run("Hangul-Latin", first)));
        StringBuilder given = new StringBuilder();
        for (int i = 1; i < hangul.length(); i++) {
            if (given.length() > 0) {
                given.append('-');
            }
            given.append(run("Hangul-Latin", hangul.substring(i, i + 1)));
        }
        String g = given.toString();
        return Optional.of(new Romanised(surname + " " + g.substring(0, 1).toUpperCase(Locale.ROOT) + g.substring(1),
                "Hangul-Latin", false));
    }

    private String run(String id, String text) {
        Transliterator t = transliterators.computeIfAbsent(id, Transliterator::getInstance);
        // ICU does not promise that one transliterator may serve threads at once; names in native script are rare
        synchronized (t) {
            return t.transliterate(text);
        }
    }

    private static String dropApostrophes(String s) {
        return s.replaceAll("[ʹʺ'’ʼ‘]", "");
    }

    /** Upper-cases the first letter of every word ("irakli kobakhidze" to "Irakli Kobakhidze"). */
    static String capitalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            sb.appendCodePoint(start ? UCharacter.toTitleCase(cp) : cp);
            start = cp == ' ' || cp == '-';
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}
