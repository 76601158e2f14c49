package org.copydesk.stage.blocks;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.copydesk.dict.Dictionaries;

/**
 * The calendar words of {@code dictionaries/calendar.tsv}: month and weekday
 * names in the languages scraped copy comes from, and the small words that
 * may sit between the parts of a date.
 */
final class Calendar {
    enum Kind { MONTH, WEEKDAY, PARTICLE, ZONE, MERIDIEM }

    record Word(Kind kind, int number) {
    }

    private final Map<String, Map<Kind, Integer>> words;

    private Calendar(Map<String, Map<Kind, Integer>> words) {
        this.words = words;
    }

    static Calendar load(Dictionaries dictionaries) {
        Map<String, Map<Kind, Integer>> words = new HashMap<>();
        for (Dictionaries.Row row : dictionaries.table("calendar.tsv")) {
            Kind kind;
            try {
                kind = Kind.valueOf(row.get(0).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown kind '" + row.get(0) + "'");
            }
            int number;
            try {
                number = Integer.parseInt(row.get(1));
            } catch (NumberFormatException e) {
                throw row.error("number expected, got '" + row.get(1) + "'");
            }
            for (String spelling : row.get(3).split("\\|")) {
                if (!spelling.isBlank()) {
                    words.computeIfAbsent(key(spelling), k -> new HashMap<>()).put(kind, number);
                }
            }
        }
        return new Calendar(words);
    }

    /** The number of this word as a calendar word of the given kind, or -1. */
    int lookup(String word, Kind kind) {
        Map<Kind, Integer> kinds = words.get(key(word));
        if (kinds == null) {
            kinds = words.get(key(stripDot(word)));
        }
        Integer n = kinds == null ? null : kinds.get(kind);
        return n == null ? -1 : n;
    }

    boolean is(String word, Kind kind) {
        return lookup(word, kind) >= 0;
    }

    private static String stripDot(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    private static String key(String word) {
        return word.strip().toLowerCase(Locale.ROOT);
    }
}
