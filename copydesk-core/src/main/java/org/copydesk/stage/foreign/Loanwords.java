package org.copydesk.stage.foreign;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.copydesk.dict.Dictionaries;

/**
 * Foreign words English has adopted (fiesta, per se, coup d'état, Zeitgeist)
 * and foreign names of institutions that wire copy keeps (Bundestag): never
 * translated. {@code dictionaries/loanwords.tsv}: word or phrase, language of
 * origin, note.
 */
public final class Loanwords {
    private final Set<String> phrases = new HashSet<>();
    private int longest = 1;

    public static Loanwords load(Dictionaries dictionaries) {
        Loanwords l = new Loanwords();
        for (Dictionaries.Row row : dictionaries.table("loanwords.tsv")) {
            String key = fold(row.get(0));
            if (!key.isEmpty()) {
                l.phrases.add(key);
                l.longest = Math.max(l.longest, key.split(" ").length);
            }
        }
        return l;
    }

    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[\\s\\-]+", " ").strip();
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
            if (phrases.contains(sb.toString())) {
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
