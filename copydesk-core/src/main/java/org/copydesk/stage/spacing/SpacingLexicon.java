package org.copydesk.stage.spacing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copydesk.core.Resources;
import org.copydesk.dict.Dictionaries;
import org.copydesk.lexicon.EnglishLexicon;
import org.copydesk.lexicon.NameLexicon;
import org.copydesk.stage.foreign.EnglishWords;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.tagging.en.EnglishTagger;

/**
 * What the spacing rules know about words: LanguageTool's English word list
 * with frequencies, the shared names lexicon, and the stage's own tables in
 * {@code dictionaries/spacing/}. Immutable once loaded, so shared by threads.
 */
final class SpacingLexicon {
    /**
     * Frequency class (LanguageTool's 0..25 scale) from which a word counts as common: a part a glue or a
     * broken line is split into or joined to must be one, not a rare word that happens to fit.
     */
    static final int COMMON = 10;

    /** A glue word's role: whether it may stand after or before the word it stuck to, and how much it is trusted. */
    record Glue(boolean after, boolean before, boolean strong) {
    }

    /** A form that lost its apostrophe, with its repair. */
    record Apostrophe(String fixed, double confidence) {
    }

    private final EnglishLexicon english;
    private final EnglishWords variants;
    private final NameLexicon names;
    private final Map<String, Glue> glue;
    private final Set<String> sentenceStarters;
    private final Set<String> camelKeep;
    private final Set<String> namePrefixes;
    private final Set<String> knownWords;
    private final Set<String> compoundHeads;
    private final Map<String, Apostrophe> apostrophes;

    private SpacingLexicon(EnglishLexicon english, EnglishWords variants, NameLexicon names,
                           Dictionaries dictionaries) {
        this.english = english;
        this.variants = variants;
        this.names = names;
        this.glue = new HashMap<>();
        for (Dictionaries.Row row : dictionaries.table("spacing/glue-words.tsv")) {
            String side = row.get(1);
            glue.put(row.get(0), new Glue(!side.equals("before"), !side.equals("after"), row.get(2).equals("strong")));
        }
        this.sentenceStarters = column(dictionaries.table("spacing/sentence-starters.tsv"));
        this.knownWords = column(dictionaries.table("spacing/known-words.tsv"));
        this.compoundHeads = column(dictionaries.table("spacing/compound-heads.tsv"));
        this.camelKeep = new HashSet<>();
        this.namePrefixes = new HashSet<>();
        for (Dictionaries.Row row : dictionaries.table("spacing/camelcase-keep.tsv")) {
            (row.get(1).equals("prefix") ? namePrefixes : camelKeep).add(row.get(0));
        }
        this.apostrophes = new HashMap<>();
        for (Dictionaries.Row row : dictionaries.table("spacing/apostrophes.tsv")) {
            try {
                apostrophes.put(row.get(0).toLowerCase(Locale.ROOT),
                        new Apostrophe(row.get(1), Double.parseDouble(row.get(2))));
            } catch (NumberFormatException e) {
                throw row.error("confidence must be a number: " + row.get(2));
            }
        }
    }

    static SpacingLexicon load(Resources resources) {
        return new SpacingLexicon(resources.english(), resources.shared("foreign-english-words", EnglishWords::load),
                resources.names(), resources.dictionaries());
    }

    private static Set<String> column(List<Dictionaries.Row> rows) {
        Set<String> out = new HashSet<>();
        for (Dictionaries.Row row : rows) {
            out.add(row.get(0));
        }
        return out;
    }

    /** A token that is a word as it stands: never split, never re-punctuated. */
    boolean isWhole(String token) {
        return english.isWord(token) || names.isNameToken(token) || knownWords.contains(token) || isCamelKept(token);
    }

    /** Letters a word shares with the token, at the least, for the two to be forms of one word. */
    private static final int STEM_MIN = 8;
    /** Letters at the token's end an ending may change ("-ence" of "-ential"). */
    private static final int STEM_TAIL = 3;
    /** Letters the shared beginning runs past the split point, at the least. */
    private static final int STEM_PAST_SPLIT = 4;

    /**
     * An English word that begins as the token does, well past the point where the token would be split,
     * and differs only in its last few letters ("inconsequence": inconsequential): the token is most
     * likely another form of that word, not two words glued. Null when there is none.
     */
    String sameStem(String token, int split) {
        String lower = token.toLowerCase(Locale.ROOT);
        int shared = Math.max(Math.max(STEM_MIN, lower.length() - STEM_TAIL), split + STEM_PAST_SPLIT);
        if (shared >= lower.length()) {
            return null;
        }
        String word = english.wordBeginningWith(lower.substring(0, shared));
        return word == null || word.equals(lower) ? null : word;
    }

    /**
     * An English form the en_US frequency list lacks: a British, Canadian, Australian or South African
     * spelling ("humour", "armour") or a form of LanguageTool's tagger dictionary.
     */
    boolean isVariantSpelling(String token) {
        return variants.contains(token) || variants.contains(token.toLowerCase(Locale.ROOT));
    }

    /**
     * A common word one letter away from the token (one dropped, added, swapped or changed):
     * "begain" (began), "forsee" (foresee), "noone" (none). A token so close to a word may be
     * its typo rather than two words glued. Null when there is none.
     */
    String nearWord(String token, int minFrequency) {
        String w = token.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(w.length() + 1);
        for (int i = 0; i < w.length(); i++) {
            String deleted = w.substring(0, i) + w.substring(i + 1);
            if (english.frequencyExact(deleted) >= minFrequency) {
                return deleted;
            }
            if (i + 1 < w.length()) {
                b.setLength(0);
                b.append(w);
                b.setCharAt(i, w.charAt(i + 1));
                b.setCharAt(i + 1, w.charAt(i));
                if (english.frequencyExact(b.toString()) >= minFrequency) {
                    return b.toString();
                }
            }
        }
        for (int i = 0; i <= w.length(); i++) {
            for (char c = 'a'; c <= 'z'; c++) {
                String inserted = w.substring(0, i) + c + w.substring(i);
                if (english.frequencyExact(inserted) >= minFrequency) {
                    return inserted;
                }
                if (i < w.length() && c != w.charAt(i)) {
                    String changed = w.substring(0, i) + c + w.substring(i + 1);
                    if (english.frequencyExact(changed) >= minFrequency) {
                        return changed;
                    }
                }
            }
        }
        return null;
    }

    boolean isCamelKept(String token) {
        if (camelKeep.contains(token)) {
            return true;
        }
        String base = token.endsWith("'s") || token.endsWith("’s") ? token.substring(0, token.length() - 2)
                : token.endsWith("s") ? token.substring(0, token.length() - 1) : token;
        return camelKeep.contains(base);
    }

    boolean isNamePrefix(String part) {
        return namePrefixes.contains(part);
    }

    /** A name from names.tsv or from the stage's own known-words list. */
    boolean isName(String token) {
        return names.isNameToken(token) || knownWords.contains(token);
    }

    /** Known as spelled (lower case stays lower case; a capital may be sentence case). */
    boolean isWord(String word) {
        return english.isWord(word) || knownWords.contains(word);
    }

    /** Known as spelled and of at least the {@link #COMMON} frequency class. */
    boolean isCommonWord(String word) {
        return isWord(word) && frequency(word) >= COMMON;
    }

    /** Frequency class ignoring case, -1 when unknown. */
    int frequency(String word) {
        return english.frequency(word);
    }

    /** Frequency class of this exact spelling (a capitalised entry is a proper noun), -1 when unknown. */
    int frequencyExact(String word) {
        return english.frequencyExact(word);
    }

    Optional<Glue> glue(String word) {
        return Optional.ofNullable(glue.get(word.toLowerCase(Locale.ROOT)));
    }

    /** "there" in "thereinto", "self" in "selfwill": forms closed compounds with a function word. */
    boolean isCompoundHead(String word) {
        return compoundHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isSentenceStarter(String word) {
        return sentenceStarters.contains(word);
    }

    Optional<Apostrophe> apostrophe(String token) {
        return Optional.ofNullable(apostrophes.get(token.toLowerCase(Locale.ROOT)));
    }

    /**
     * True when LanguageTool's tagger knows the word only as a noun or
     * adjective (no verb reading): "vaccine", "economy", but not "face".
     */
    static boolean isNounOrAdjectiveOnly(String word) {
        boolean any = false;
        for (String pos : posTags(word)) {
            if (!(pos.startsWith("NN") || pos.startsWith("JJ"))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * True when the word may close a clause by itself: LanguageTool's tagger reads
     * it as a verb or modal ("said", "had", "will"), or only as an adverb ("also").
     * A conjunction, article or preposition ("and", "the", "in") needs a word after it.
     */
    static boolean canEndClause(String word) {
        List<String> tags = posTags(word.toLowerCase(Locale.ROOT));
        return tags.stream().anyMatch(pos -> pos.startsWith("VB") || pos.equals("MD"))
                || !tags.isEmpty() && tags.stream().allMatch(pos -> pos.startsWith("RB"));
    }

    /** True when LanguageTool's tagger has a noun reading for the word. */
    static boolean canBeNoun(String word) {
        return posTags(word).stream().anyMatch(pos -> pos.startsWith("NN"));
    }

    /** True when LanguageTool's tagger reads the word as a base form or past participle ("check", "built"). */
    static boolean canBeVerbBase(String word) {
        return posTags(word).stream().anyMatch(pos -> pos.equals("VB") || pos.equals("VBP") || pos.equals("VBN"));
    }

    /** True when LanguageTool's tagger reads the word as a verb's bare infinitive ("go", "be", "afford"). */
    static boolean canBeBareVerb(String word) {
        return posTags(word.toLowerCase(Locale.ROOT)).contains("VB");
    }

    /** True when the word is a finite verb or modal ("was", "rose", "will"): what follows a subject noun. */
    static boolean canBeFiniteVerb(String word) {
        return posTags(word.toLowerCase(Locale.ROOT)).stream()
                .anyMatch(pos -> pos.equals("VBD") || pos.equals("VBZ") || pos.equals("MD"));
    }

    /** LanguageTool's Penn tags for the word as spelled, empty when the tagger does not know it. */
    static List<String> tagsOf(String word) {
        return posTags(word);
    }

    /**
     * True when the tagger reads the word only as a plural noun (or the verb of the same
     * spelling: "nations", "husbands"), never as a singular ("news", "series", "means").
     */
    static boolean isPluralNounOnly(String word) {
        List<String> tags = posTags(word);
        return tags.stream().anyMatch(pos -> pos.equals("NNS") || pos.equals("NNPS"))
                && tags.stream().allMatch(pos -> pos.equals("NNS") || pos.equals("NNPS") || pos.equals("VBZ")
                        || pos.equals("NNP") && Character.isUpperCase(word.charAt(0)));
    }

    /** True when the tagger has a countable singular noun reading ("world", "government"; not "good": NN:U). */
    static boolean canBeCountableNoun(String word) {
        return posTags(word).stream().anyMatch(pos -> pos.equals("NN") || pos.equals("NN:UN"));
    }

    /** True when the tagger has a proper-noun reading ("America", "NASA"). */
    static boolean canBeProperNoun(String word) {
        return posTags(word).stream().anyMatch(pos -> pos.equals("NNP"));
    }

    /** True when the tagger reads the word only as a proper noun ("America"; not "American", also an adjective). */
    static boolean isProperNounOnly(String word) {
        List<String> tags = posTags(word);
        return !tags.isEmpty() && tags.stream().allMatch(pos -> pos.equals("NNP"));
    }

    /** True when the tagger has a third-person verb reading ("helps", "zips", "equals"). */
    static boolean canBeThirdPersonVerb(String word) {
        return posTags(word.toLowerCase(Locale.ROOT)).contains("VBZ");
    }

    /**
     * True when the word has a function-word or comparative reading (preposition, particle,
     * determiner, conjunction, pronoun, "more", "thicker"): no head of the noun phrase a
     * possessive governs.
     */
    static boolean canBeFunctionOrComparative(String word) {
        return posTags(word.toLowerCase(Locale.ROOT)).stream().anyMatch(pos -> pos.equals("IN") || pos.equals("RP")
                || pos.equals("DT") || pos.equals("CC") || pos.equals("TO") || pos.startsWith("PRP")
                || pos.equals("PDT") || pos.startsWith("W") || pos.equals("MD") || pos.equals("JJR")
                || pos.equals("RBR") || pos.equals("EX"));
    }

    /**
     * True when the word is an adjective and not a verb, noun or function word ("only", "own",
     * "economic"); an adverb reading is allowed ("only").
     */
    static boolean isAdjectiveNotVerb(String word) {
        List<String> tags = posTags(word.toLowerCase(Locale.ROOT));
        return tags.stream().anyMatch(pos -> pos.startsWith("JJ"))
                && tags.stream().allMatch(pos -> pos.startsWith("JJ") || pos.startsWith("RB"));
    }

    /** True when the tagger has an adjective or present-participle reading ("growing", "economic"). */
    static boolean canBeAdjective(String word) {
        return posTags(word.toLowerCase(Locale.ROOT)).stream().anyMatch(pos -> pos.startsWith("JJ") || pos.equals("VBG"));
    }

    /** True for a superlative ("largest", "best", "most"). */
    static boolean isSuperlative(String word) {
        return posTags(word.toLowerCase(Locale.ROOT)).stream().anyMatch(pos -> pos.equals("JJS") || pos.equals("RBS"));
    }

    private static List<String> posTags(String word) {
        List<String> out = new java.util.ArrayList<>();
        for (AnalyzedTokenReadings readings : EnglishTagger.INSTANCE.tag(List.of(word))) {
            for (AnalyzedToken t : readings) {
                if (t.getPOSTag() != null) {
                    out.add(t.getPOSTag());
                }
            }
        }
        return out;
    }
}
