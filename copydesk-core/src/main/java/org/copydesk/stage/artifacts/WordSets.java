package org.copydesk.stage.artifacts;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.copydesk.dict.Dictionaries;

/**
 * Named word classes the artifact tables refer to as {@code @name}
 * (dictionaries/artifacts/wordsets.tsv): rows of a name and words separated
 * by '|'; rows of the same name add up, so a user file can extend a class.
 */
final class WordSets {
    private final Map<String, Set<String>> sets = new HashMap<>();

    static WordSets load(Dictionaries dictionaries) {
        WordSets out = new WordSets();
        for (Dictionaries.Row row : dictionaries.table("artifacts/wordsets.tsv")) {
            if (row.size() < 2) {
                throw row.error("wordsets.tsv needs 2 columns: name, words separated by '|'");
            }
            Set<String> words = out.sets.computeIfAbsent(row.get(0), k -> new HashSet<>());
            for (String w : row.get(1).split("\\|")) {
                if (!w.isBlank()) {
                    words.add(w.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** The set of that name; an unknown name is an error in the data, not an empty set. */
    Set<String> get(String name) {
        Set<String> s = sets.get(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown word set @" + name + " in dictionaries/artifacts");
        }
        return s;
    }

    boolean contains(String name, String lowerWord) {
        return get(name).contains(lowerWord);
    }
}
