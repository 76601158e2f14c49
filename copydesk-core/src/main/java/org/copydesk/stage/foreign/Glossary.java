package org.copydesk.stage.foreign;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.copydesk.dict.Dictionaries;

/**
 * Foreign lemma to English lemma for one language: {@code glossary/<lang>.tsv}
 * (curated) over {@code glossary/generated/<lang>.tsv} (built from bilingual
 * dictionaries). Columns: foreign lemma, class ({@code n v adj adv prep conj
 * det pron num phrase}, or {@code *} for any), English lemma, optional note.
 * A lemma with spaces is a phrase matched word for word ("sin embargo"); an
 * English cell of "-" blocks the entry (a curated veto of a generated row).
 * Later rows win: generated, then curated, then the user's.
 */
public final class Glossary {
    public static final String BLOCKED = "-";

    /** An English rendering and whether a person chose it (curated) or the generator did. */
    public record Entry(String english, boolean curated) {
    }

    private final Map<String, Map<String, Entry>> byLemma = new HashMap<>();
    private final Map<String, String> phrases = new HashMap<>();
    private final Map<String, java.util.Set<String>> accentless = new HashMap<>();
    private final Map<String, Boolean> curatedPhrases = new HashMap<>();
    /** The first word of every phrase: most words start none, and the phrase search tries every word. */
    private final java.util.Set<String> phraseFirstWords = new java.util.HashSet<>();
    private int longestPhrase = 1;
    private int size;

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    public static Glossary load(Dictionaries dictionaries, String language) {
        Glossary g = new Glossary();
        g.addAll(dictionaries, "glossary/generated/" + language + ".tsv", false);
        g.addAll(dictionaries, "glossary/" + language + ".tsv", true);
        return g;
    }

    private void addAll(Dictionaries dictionaries, String file, boolean curated) {
        for (Dictionaries.Row row : dictionaries.table(file)) {
            if (row.size() < 3) {
                throw row.error("glossary rows need 3 columns: foreign lemma, class, English lemma");
            }
            add(row.get(0), row.get(1), row.get(2), curated);
        }
    }

    void add(String lemma, String pos, String english, boolean curated) {
        String key = SPACES.matcher(lemma).replaceAll(" ").strip();
        if (key.indexOf(' ') > 0) {
            String folded = key.toLowerCase(Locale.ROOT);
            phrases.put(folded, english);
            curatedPhrases.put(folded, curated);
            phraseFirstWords.add(folded.substring(0, folded.indexOf(' ')));
            longestPhrase = Math.max(longestPhrase, folded.split(" ").length);
        } else {
            Entry entry = new Entry(english, curated);
            byLemma.computeIfAbsent(key, k -> new HashMap<>()).put(pos, entry);
            String lower = key.toLowerCase(Locale.ROOT);
            String bare = stripAccents(lower);
            if (!bare.equals(lower) && (pos.equals("n") || pos.equals("adj"))) {
                accentless.computeIfAbsent(bare, k -> new java.util.LinkedHashSet<>()).add(lower);
            }
            if (!lower.equals(key)) {
                byLemma.computeIfAbsent(lower, k -> new HashMap<>()).merge(pos, entry, (old, n) -> curated ? n : old);
            }
        }
        size++;
    }

    /** English lemma for a foreign lemma of this class (a {@code *} row serves any class). */
    public Optional<Entry> lookup(String lemma, String pos) {
        Map<String, Entry> m = byLemma.get(lemma);
        if (m == null) {
            m = byLemma.get(lemma.toLowerCase(Locale.ROOT));
        }
        if (m == null) {
            return Optional.empty();
        }
        Entry any = m.get("*");
        if (any != null && any.curated() && any.english().equals(BLOCKED)) {
            return Optional.empty();
        }
        Entry e = m.get(pos);
        if (e == null || any != null && any.curated() && !e.curated()) {
            e = any;
        }
        return e == null || e.english().equals(BLOCKED) ? Optional.empty() : Optional.of(e);
    }

    /** English for a phrase given as lower-case words joined by single spaces. */
    public Optional<String> phrase(String foldedWords) {
        String english = phrases.get(foldedWords);
        return english == null || english.equals(BLOCKED) ? Optional.empty() : Optional.of(english);
    }

    /** False when no phrase starts with this lower-case word (so {@link #phrase} finds nothing that does). */
    public boolean startsPhrase(String foldedWord) {
        return phraseFirstWords.contains(foldedWord);
    }

    public boolean isCuratedPhrase(String foldedWords) {
        return curatedPhrases.getOrDefault(foldedWords, false);
    }

    public int longestPhrase() {
        return longestPhrase;
    }

    /**
     * Noun and adjective lemmas written with accents whose letters, accents dropped, are
     * this lower-case word ("differend" is French "différend" with its accents lost).
     */
    public java.util.Set<String> accented(String bareLower) {
        return accentless.getOrDefault(bareLower, java.util.Set.of());
    }

    static String stripAccents(String s) {
        if (java.text.Normalizer.isNormalized(s, java.text.Normalizer.Form.NFD) && !hasMark(s)) {
            return s; // nearly every word: nothing to decompose, no mark to take out
        }
        return MARKS.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)).replaceAll("");
    }

    private static boolean hasMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (org.copydesk.text.Chars.isMark(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public boolean hasLemma(String lemma) {
        return byLemma.containsKey(lemma) || byLemma.containsKey(lemma.toLowerCase(Locale.ROOT));
    }

    public int size() {
        return size;
    }
}
