package org.copydesk.stage.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.copydesk.dict.Dictionaries;

/**
 * The stage's own tables: words that may stand beside a name without being
 * part of it ({@code names/titles.tsv}) and phrases whose names stay as
 * written ({@code names/keep.tsv}: "chicken Kiev", "Peking duck").
 */
final class NamesData {
    private final Set<String> titles;
    private final Set<String> verbs;
    private final List<String> keepPhrases;

    private NamesData(Set<String> titles, Set<String> verbs, List<String> keepPhrases) {
        this.titles = Set.copyOf(titles);
        this.verbs = Set.copyOf(verbs);
        this.keepPhrases = List.copyOf(keepPhrases);
    }

    static NamesData load(Dictionaries dictionaries) {
        Set<String> titles = new HashSet<>();
        Set<String> verbs = new HashSet<>();
        for (Dictionaries.Row row : dictionaries.table("names/titles.tsv")) {
            (row.get(1).equals("verb") ? verbs : titles).add(row.get(0));
        }
        List<String> keep = new ArrayList<>();
        for (Dictionaries.Row row : dictionaries.table("names/keep.tsv")) {
            keep.add(row.get(0).toLowerCase(Locale.ROOT));
        }
        return new NamesData(titles, verbs, keep);
    }

    boolean isTitle(String word) {
        return titles.contains(word);
    }

    /** A reporting verb ("said", "told") after which a word is surely someone's name. */
    boolean isReportingVerb(String word) {
        return verbs.contains(word);
    }

    /** Spans [start, end) of the text covered by keep phrases, as pairs. */
    List<int[]> keepSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        String folded = null;
        for (String phrase : keepPhrases) {
            if (phrase.isEmpty()) {
                continue;
            }
            if (phrase.chars().allMatch(c -> c < 0x80)) {
                // case-blind as regionMatches, char by char: found by one indexOf scan per phrase, not a
                // comparison at every offset, and confirmed by the same regionMatches
                folded = folded != null ? folded : fold(text);
                String key = fold(phrase);
                for (int i = folded.indexOf(key); i >= 0; i = folded.indexOf(key, i + 1)) {
                    if (text.regionMatches(true, i, phrase, 0, phrase.length())) {
                        spans.add(new int[] {i, i + phrase.length()});
                    }
                }
                continue;
            }
            for (int i = 0; i + phrase.length() <= text.length(); i++) {
                if (text.regionMatches(true, i, phrase, 0, phrase.length())) {
                    spans.add(new int[] {i, i + phrase.length()});
                }
            }
        }
        return spans;
    }

    /** Each char as regionMatches compares it without case: lower case of its upper case (ſ as s, K as k). */
    private static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
        }
        return new String(out);
    }
}
