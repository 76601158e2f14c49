package org.copydesk.lexicon;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.copydesk.dict.Dictionaries;

/**
 * Folding keys under which spellings of one name compare equal. The light key
 * forgets case, diacritics and separators ("Putín" = "putin", "Jong-un" =
 * "Jong Un"); the transliteration key writes a name in another script in
 * Latin letters (ICU Any-Latin) and then forgets the differences between the
 * ways names are romanised in English, German, French, Spanish and Turkish
 * copy (Sergey/Sergej, Lavrov/Lawrow, Chernenko/Tchernenko, Djamel/Jamel,
 * Saudi/Saoudi), following the rules of {@code names/folding.tsv}.
 */
public final class NameKeys {
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    /** Latin letters that carry no combining mark to strip but still differ only in form. */
    private static final Map<Integer, String> LETTER_FOLDS = Map.ofEntries(
            Map.entry((int) 'ł', "l"), Map.entry((int) 'ø', "o"), Map.entry((int) 'ß', "ss"),
            Map.entry((int) 'æ', "ae"), Map.entry((int) 'œ', "oe"), Map.entry((int) 'đ', "d"),
            Map.entry((int) 'ı', "i"), Map.entry((int) 'ð', "d"), Map.entry((int) 'þ', "th"),
            Map.entry((int) 'ə', "a"));

    /** Not thread-safe: each key takes a lock on it, and only names in a non-Latin script get here. */
    private static final Transliterator ANY_LATIN = Transliterator.getInstance("Any-Latin");

    private final List<String[]> rules;

    private NameKeys(List<String[]> rules) {
        this.rules = List.copyOf(rules);
    }

    public static NameKeys load(Dictionaries dictionaries) {
        List<String[]> rules = new ArrayList<>();
        for (Dictionaries.Row row : dictionaries.table("names/folding.tsv")) {
            if (row.size() < 2 || row.get(0).isEmpty()) {
                throw row.error("folding rule needs two columns: from, to");
            }
            rules.add(new String[] {row.get(0), row.get(1)});
        }
        return new NameKeys(rules);
    }

    /** Lower-case ASCII letters and digits of the name, diacritics and separators dropped. */
    public String light(String name) {
        String decomposed = NFD.normalize(name);
        StringBuilder sb = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            int lower = UCharacter.toLowerCase(cp);
            String folded = LETTER_FOLDS.get(lower);
            if (folded != null) {
                sb.append(folded);
            } else if (lower < 0x80 && Character.isLetterOrDigit(lower)) {
                sb.append((char) lower);
            }
        });
        return sb.toString();
    }

    /** The light key with the transliteration rules applied and doubled consonants (and i) collapsed. */
    public String transliteration(String name) {
        return foldLight(light(latin(name)));
    }

    /** {@link #transliteration} of a name whose {@link #light} key is given (a name already in Latin letters). */
    public String foldLight(String light) {
        String key = light;
        for (String[] rule : rules) {
            key = key.replace(rule[0], rule[1]);
        }
        StringBuilder sb = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            // doubled consonants and i (from y, j: "Zelenskyy") are one sound; doubled vowels are not ("Terra" is no "Teerã")
            if (i == 0 || c != key.charAt(i - 1) || "aeou".indexOf(c) >= 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The name in Latin letters: itself when it has no letter of another script ("Путин" to "Putin"). */
    static String latin(String name) {
        boolean other = name.codePoints().anyMatch(cp -> Character.isLetter(cp)
                && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN);
        if (!other) {
            return name;
        }
        synchronized (ANY_LATIN) {
            return ANY_LATIN.transliterate(name);
        }
    }

    /** Removes diacritics but keeps case and separators ("Erdoğan" to "Erdogan", "Łódź" to "Lodz"). */
    public static String stripDiacritics(String name) {
        String decomposed = NFD.normalize(name);
        StringBuilder sb = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            if (UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK) {
                return;
            }
            String folded = LETTER_FOLDS.get(UCharacter.toLowerCase(cp));
            if (folded == null || cp == 'ə' || cp == 'Ə') {
                sb.appendCodePoint(cp == 'ə' ? 'e' : cp == 'Ə' ? 'E' : cp);
            } else if (UCharacter.isUpperCase(cp)) {
                sb.append(Character.toUpperCase(folded.charAt(0))).append(folded, 1, folded.length());
            } else {
                sb.append(folded);
            }
        });
        return Normalizer2.getNFCInstance().normalize(sb.toString());
    }
}
