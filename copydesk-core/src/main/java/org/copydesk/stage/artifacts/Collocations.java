package org.copydesk.stage.artifacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copydesk.dict.Dictionaries;
import org.copydesk.stage.artifacts.spin.WordNetLexicon;

/**
 * Known two-word collocations: our own domain table (dictionaries/artifacts/collocations.tsv)
 * plus, once opened, the two-word terms of WordNet. The domain table is small and
 * always loaded; WordNet only when a document has a candidate phrase.
 */
final class Collocations {
    static final String FILE = "artifacts/collocations.tsv";

    private final Map<String, String> domainOf = new HashMap<>();
    private final Map<String, List<String>> secondsByFirst = new HashMap<>();
    private final Map<String, List<String>> firstsBySecond = new HashMap<>();

    static Collocations load(Dictionaries dictionaries) {
        Collocations c = new Collocations();
        for (Dictionaries.Row row : dictionaries.table(FILE)) {
            String[] words = row.get(0).toLowerCase(Locale.ROOT).split(" ");
            if (words.length != 2) {
                throw row.error("a collocation has two words: " + row.get(0));
            }
            c.domainOf.put(words[0] + " " + words[1], row.get(1));
            c.secondsByFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words[1]);
            c.firstsBySecond.computeIfAbsent(words[1], k -> new ArrayList<>()).add(words[0]);
        }
        return c;
    }

    /** The domain of one of our collocations, or null. */
    String domain(String first, String second) {
        return domainOf.get(first + " " + second);
    }

    boolean known(WordNetLexicon wn, String first, String second) {
        return domainOf.containsKey(first + " " + second) || wn.isTerm(first, second);
    }

    List<String> secondsAfter(WordNetLexicon wn, String first) {
        List<String> out = new ArrayList<>(secondsByFirst.getOrDefault(first, List.of()));
        out.addAll(wn.secondsAfter(first));
        return out;
    }

    /** First words of our own collocations ending in {@code second}. */
    List<String> domainFirstsBefore(String second) {
        return firstsBySecond.getOrDefault(second, List.of());
    }

    List<String> firstsBefore(WordNetLexicon wn, String second) {
        List<String> out = new ArrayList<>(firstsBySecond.getOrDefault(second, List.of()));
        out.addAll(wn.firstsBefore(second));
        return out;
    }
}
