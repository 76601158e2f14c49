package org.copydesk.stage.foreign;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.copydesk.dict.Dictionaries;

/**
 * Foreign words English has adopted (fiesta, per se, coup d'état, Zeitgeist)
 * and foreign names of institutions that wire copy keeps (Bundestag): never
 * translated. {@code dictionaries/loanwords.tsv}: word or phrase, language of
 * origin, note; and the two-word terms of WordNet, which hold the foreign phrases English
 * writes ("nouvelle cuisine", "art nouveau").
 */
public final class Loanwords {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]+");
    private final Set<String> phrases = new HashSet<>();
    /** Every phrase's word prefixes ("coup", "coup d'état"): a match that is none of them cannot grow into a phrase. */
    private final Set<String> prefixes = new HashSet<>();
    private int longest = 1;

    /** WordNet 3.1's two-word terms (see {@code dictionaries/artifacts/wordnet-terms.txt}). */
    static final String ENGLISH_TERMS = "artifacts/wordnet-terms.txt";

    public static Loanwords load(Dictionaries dictionaries) {
        Loanwords l = new Loanwords();
        for (Dictionaries.Row row : dictionaries.table("loanwords.tsv")) {
            l.add(row.get(0));
        }
        // English's own dictionary of two-word terms lists the foreign phrases English writes ("nouvelle
        // cuisine", "art nouveau", "femme fatale", "en route"): where a foreign word stands in one, the phrase is
        // English; every other term is English words only, which the stage leaves alone anyway
        for (Dictionaries.Row row : dictionaries.table(ENGLISH_TERMS)) {
            l.add(row.get(0));
        }
        return l;
    }

    private void add(String phrase) {
        String key = fold(phrase);
        if (!key.isEmpty()) {
            phrases.add(key);
            longest = Math.max(longest, key.split(" ").length);
            for (int sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) {
                prefixes.add(key.substring(0, sp));
            }
            prefixes.add(key);
        }
    }

    static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        boolean separated = false;
        for (int i = 0; i < lower.length() && !separated; i++) {
            separated = lower.charAt(i) == '-' || Character.isWhitespace(lower.charAt(i));
        }
        // a single word, as nearly every token is, has nothing to collapse
        return (separated ? SEPARATORS.matcher(lower).replaceAll(" ") : lower).strip();
    }

    /** Number of words of the longest loanword starting at word {@code i}, or 0. */
    public int match(List<Token> words, int i) {
        StringBuilder sb = new StringBuilder();
        int best = 0;
        for (int n = 1; n <= longest && i + n <= words.size(); n++) {
            if (n > 1) {
                sb.append(' ');
            }
            sb.append(fold(words.get(i + n - 1).text()));
            String key = sb.toString();
            if (!prefixes.contains(key)) {
                break; // no loanword starts with these words
            }
            if (phrases.contains(key)) {
                best = n;
            }
        }
        return best;
    }

    public boolean contains(String phrase) {
        return phrases.contains(fold(phrase));
    }

    public int size() {
        return phrases.size();
    }
}
