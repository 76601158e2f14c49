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
 * origin, note.
 */
public final class Loanwords {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]+");
    private final Set<String> phrases = new HashSet<>();
    /** Every phrase's word prefixes ("coup", "coup d'état"): a match that is none of them cannot grow into a phrase. */
    private final Set<String> prefixes = new HashSet<>();
    private int longest = 1;

    public static Loanwords load(Dictionaries dictionaries) {
        Loanwords l = new Loanwords();
        for (Dictionaries.Row row : dictionaries.table("loanwords.tsv")) {
            String key = fold(row.get(0));
            if (!key.isEmpty()) {
                l.phrases.add(key);
                l.longest = Math.max(l.longest, key.split(" ").length);
                for (int sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) {
                    l.prefixes.add(key.substring(0, sp));
                }
                l.prefixes.add(key);
            }
        }
        return l;
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
