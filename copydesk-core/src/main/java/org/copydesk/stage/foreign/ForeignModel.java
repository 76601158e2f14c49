package org.copydesk.stage.foreign;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.copydesk.core.Resources;
import org.copydesk.dict.Dictionaries;
import org.copydesk.lexicon.EnglishLexicon;
import org.copydesk.lexicon.NameLexicon;

/**
 * Everything the stage knows for one set of source languages: their taggers
 * and glossaries, the loanwords, the English lexicon and synthesizer, and
 * Lingua (built on first need). Heavy: built once and shared through
 * {@link Resources#shared}.
 */
public final class ForeignModel {
    private final EnglishLexicon english;
    private final NameLexicon names;
    private final Map<String, LanguageKit> kits = new LinkedHashMap<>();
    private final Map<String, Glossary> glossaries = new HashMap<>();
    private final Map<Integer, Set<String>> letters = new HashMap<>();
    private final Set<String> romance = new HashSet<>();
    private final Map<String, String> adjectivesAfterNoun = new HashMap<>();
    private final EnglishWords englishWords;
    private final Set<String> nameParticles = new HashSet<>();
    private final Loanwords loanwords;
    private final Map<String, String> agencies = new java.util.LinkedHashMap<>();
    private final EnglishInflector inflector;
    private final List<String> languages;
    private volatile PassageDetector passages;

    private ForeignModel(Resources resources, List<String> languages) {
        Dictionaries dicts = resources.dictionaries();
        this.english = resources.english();
        this.names = resources.names();
        this.languages = List.copyOf(languages);
        TagMap tags = resources.shared("foreign-tagmap", () -> TagMap.load(dicts));
        for (String code : languages) {
            if (!tags.knows(code)) {
                throw new IllegalArgumentException("foreign: no tag map for language '" + code
                        + "' in dictionaries/glossary/tags.tsv");
            }
            kits.put(code, resources.shared("foreign-kit-" + code, () -> LanguageKit.load(code, tags)));
            glossaries.put(code, resources.shared("foreign-glossary-" + code, () -> Glossary.load(dicts, code)));
        }
        for (Dictionaries.Row row : dicts.table("glossary/languages.tsv")) {
            row.get(1).codePoints().forEach(cp -> letters.computeIfAbsent(cp, k -> new HashSet<>()).add(row.get(0)));
            if (row.get(2).equals("after")) {
                romance.add(row.get(0));
            }
        }
        for (Dictionaries.Row row : dicts.table("glossary/adjectives-after-noun.tsv")) {
            adjectivesAfterNoun.put(row.get(0).toLowerCase(Locale.ROOT), row.get(0));
        }
        for (Dictionaries.Row row : dicts.table("glossary/name-particles.tsv")) {
            nameParticles.add(row.get(0));
        }
        for (Dictionaries.Row row : dicts.table("glossary/agencies.tsv")) {
            agencies.put(row.get(0), row.get(1));
        }
        this.loanwords = resources.shared("foreign-loanwords", () -> Loanwords.load(dicts));
        this.englishWords = resources.shared("foreign-english-words", EnglishWords::load);
        this.inflector = resources.shared("foreign-english-inflector", EnglishInflector::load);
    }

    /** Wire agencies and state broadcasters that publish translated copy, by name: their source language. */
    Map<String, String> agencies() {
        return agencies;
    }

    public static ForeignModel of(Resources resources, List<String> languages) {
        return resources.shared("foreign-model:" + String.join(",", languages),
                () -> new ForeignModel(resources, languages));
    }

    public EnglishLexicon english() {
        return english;
    }

    /** Look-ups made through {@link #isEnglish} (a work unit for linearity tests, not a time). */
    private final java.util.concurrent.atomic.LongAdder englishLookups = new java.util.concurrent.atomic.LongAdder();

    long englishLookups() {
        return englishLookups.sum();
    }

    /** Known to English in any spelling (US, British...) as written or in lower case. */
    public boolean isEnglish(String word) {
        englishLookups.increment();
        String lower = word.toLowerCase(Locale.ROOT);
        return english.isWord(word) || inWordLists(word, lower) || archaic(lower);
    }

    /** In the other variants' word lists as written or in lower case (each lookup walks five automata: once per form). */
    private boolean inWordLists(String word, String lower) {
        return englishWords.contains(word) || !lower.equals(word) && englishWords.contains(lower);
    }

    /** Older English verb forms ("findest", "bringeth", "saith"): a known stem before -est, -eth, -st, -th. */
    private boolean archaic(String lower) {
        for (String ending : new String[] {"est", "eth", "st", "th"}) {
            if (lower.length() > ending.length() + 2 && lower.endsWith(ending)) {
                String stem = lower.substring(0, lower.length() - ending.length());
                if (english.isWord(stem) || english.isWord(stem + "e")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Frequency class 0..25 of an English word; a spelling only the other
     * variants know counts as common, -1 when English does not know it.
     */
    public int englishFrequency(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (english.isWord(lower) || english.isWord(word)) {
            return Math.max(english.frequencyExact(lower), english.frequencyExact(word));
        }
        return inWordLists(word, lower) || archaic(lower) ? 10 : -1;
    }

    /** Lower-case words that belong inside names ("da", "van", "de los"). */
    public boolean isNameParticle(String word) {
        return nameParticles.contains(word.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }

    public NameLexicon names() {
        return names;
    }

    public List<String> languages() {
        return languages;
    }

    public Map<String, LanguageKit> kits() {
        return kits;
    }

    public Glossary glossary(String language) {
        return glossaries.get(language);
    }

    public Loanwords loanwords() {
        return loanwords;
    }

    public EnglishInflector inflector() {
        return inflector;
    }

    /** Languages a letter points to (ñ: Spanish; ß: German), empty for letters English shares. */
    public Set<String> languagesOfLetter(int codePoint) {
        return letters.getOrDefault(Character.toLowerCase(codePoint), Set.of());
    }

    /** True for languages that put most adjectives after the noun (el líder ruso). */
    public boolean adjectiveAfterNoun(String language) {
        return romance.contains(language);
    }

    /** English adjectives a Romance noun keeps after it and English puts first (Russian, red). */
    public boolean movesBeforeNoun(String englishAdjective) {
        return adjectivesAfterNoun.containsKey(englishAdjective.toLowerCase(Locale.ROOT));
    }

    /** The English spelling of such an adjective ("french" from a glossary becomes "French"). */
    public String properCase(String english) {
        return adjectivesAfterNoun.getOrDefault(english.toLowerCase(Locale.ROOT), english);
    }

    /** Lingua's detector was built (its models load on its first calls): for tests of when it is needed. */
    boolean passagesBuilt() {
        return passages != null;
    }

    public PassageDetector passages() {
        PassageDetector p = passages;
        if (p == null) {
            synchronized (this) {
                if (passages == null) {
                    passages = new PassageDetector(languages);
                }
                p = passages;
            }
        }
        return p;
    }
}
