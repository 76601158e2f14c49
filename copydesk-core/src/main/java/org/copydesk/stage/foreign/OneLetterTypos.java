package org.copydesk.stage.foreign;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;
import org.copydesk.lexicon.EnglishLexicon;
import org.copydesk.text.TextAnalysis;
import org.copydesk.text.SpanIndex;

/**
 * The words the stage found in no language at all: a lower-case word that
 * English (every variant), the names lexicon and every source language's
 * tagger all fail to know is most often a typo ("unertainty", "reterates").
 * Its repair is the one English word one keyboard slip away (a letter dropped
 * or doubled, two swapped); applied only when there is exactly one and it is
 * a word in general use, the typo is long (short words have many near
 * neighbours) and used once in the document (a coinage or term recurs), its
 * sentence is otherwise English, and it is neither a closed compound
 * ("childrearing") nor a known word with prefixes or suffixes added
 * ("tokenizer", "undecodable"). A changed letter, a changed first letter or
 * two or three candidates are reported with the likeliest: puns and coinages
 * ("unaltared", "allegators") look just like such typos.
 */
final class OneLetterTypos {
    static final String RULE = "TYPO_ONE_LETTER";
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}\\p{M}'’_./@#\uFFFD-])\\p{Ll}{7,}(?![\\p{L}\\p{N}\\p{M}'’_/@\uFFFD-])");
    private static final Pattern ANY_WORD = Pattern.compile("\\p{L}+");
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz";
    /** LanguageTool's frequency classes run 0 (rare) .. 25; a repair must be a word in general use (7: "reiterates"). */
    private static final int COMMON = 7;
    private static final String[] PREFIXES = {"un", "re", "pre", "non", "over", "under", "co", "anti", "multi",
        "sub", "super", "inter", "counter", "mis", "out", "de", "dis", "post", "cyber", "micro", "mega"};
    private static final String[] SUFFIXES = {"s", "es", "ed", "d", "er", "ers", "ing", "ings", "ly", "ness", "able",
        "ible", "ize", "ise", "ized", "ised", "izes", "ises", "izing", "ising", "ization", "isation", "ist", "ists",
        "ism", "ful", "less", "ment", "ments", "ship", "wise", "like"};

    /** Longer than any word of English prose ("incomprehensibilities" is 21). */
    static final int MAX_WORD_CHARS = 32;

    private final ForeignModel model;
    private final EnglishLexicon english;

    OneLetterTypos(ForeignModel model) {
        this.model = model;
        this.english = model.english();
    }

    void fix(Draft draft, SpanIndex taken) {
        String text = draft.text();
        TextAnalysis analysis = draft.analysis();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String word = m.group();
            // a token longer than any English word is no typo of one, and every test below costs its length
            // squared (a split at every place, a variant per letter): a 1 MB "word" took minutes
            if (word.length() > MAX_WORD_CHARS) {
                continue;
            }
            if (taken.overlaps(start, end) || !analysis.inProse(start) || analysis.touchesCode(start, end)
                    || analysis.programName(word, start)
                    || analysis.count(word) > 1 || known(word) || derivedOnly(word)) {
                continue;
            }
            if (!otherwiseEnglish(text, analysis, start, end)) {
                continue;
            }
            List<String> candidates = candidates(word);
            if (candidates.isEmpty() || candidates.size() > 3) {
                continue;
            }
            String best = candidates.get(0);
            int freq = english.frequencyExact(best);
            if (candidates.size() == 1 && freq >= COMMON && typingSlip(word, best)) {
                double confidence = Math.min(0.88, 0.76 + 0.02 * (word.length() - 7) + 0.01 * (freq - COMMON));
                draft.replace(start, end, best, RULE, "spelling", confidence, "\"" + word + "\" is known to no"
                        + " English, name or source-language dictionary; the one English word a letter away is \""
                        + best + "\" (frequency class " + freq + " of 25); the word is used once");
            } else {
                draft.report(start, end, RULE, "spelling", 0.5, "\"" + word + "\" is known to no English, name or"
                        + " source-language dictionary; words a letter away: " + String.join(", ", candidates), best);
            }
        }
    }

    /**
     * A slip of the keyboard rather than a spelling: a key struck twice ("neccessity"), a consonant or a
     * lone vowel missed ("diturbed", "pedstals"), two neighbours swapped ("beseiged"); never the first
     * letter ("cartesian"). Older and variant spellings differ in other ways, by an extra letter that
     * doubles nothing ("publickly", "chapiter") or one vowel of a pair ("stedfast", "villany"), and a
     * changed letter is as often a pun or a coinage ("unaltared", "allegators") as a typo: those are
     * only reported.
     */
    static boolean typingSlip(String word, String repair) {
        if (word.isEmpty() || repair.isEmpty() || word.charAt(0) != repair.charAt(0)) {
            return false;
        }
        int i = 0;
        int shorter = Math.min(word.length(), repair.length());
        while (i < shorter && word.charAt(i) == repair.charAt(i)) {
            i++;
        }
        if (word.length() == repair.length()) {
            return i + 1 < word.length() && word.charAt(i) == repair.charAt(i + 1) && word.charAt(i + 1) == repair.charAt(i);
        }
        if (word.length() > repair.length()) {
            // the extra letter (first differing place, or the end) repeats a neighbour
            char extra = word.charAt(i);
            return i > 0 && word.charAt(i - 1) == extra || i + 1 < word.length() && word.charAt(i + 1) == extra;
        }
        char missing = repair.charAt(i);
        boolean vowelPair = isVowel(missing)
                && (i > 0 && isVowel(repair.charAt(i - 1)) || i + 1 < repair.length() && isVowel(repair.charAt(i + 1)));
        return !vowelPair;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /** Known to English in any variant (or capitalised, as "Cartesian"), to the names lexicon, or to a source language. */
    private boolean known(String word) {
        if (model.isEnglish(word) || model.names().isNameToken(word) || model.loanwords().contains(word)) {
            return true;
        }
        String capitalised = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        if (model.isEnglish(capitalised) || english.frequencyExact(capitalised) != EnglishLexicon.UNKNOWN
                || compound(word)) {
            return true;
        }
        for (LanguageKit kit : model.kits().values()) {
            if (!kit.analyse(word).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Two English words written as one ("childrearing", "firehose"): a closed compound, not a typo. */
    private boolean compound(String word) {
        for (int cut = 3; cut <= word.length() - 3; cut++) {
            if (model.isEnglish(word.substring(0, cut)) && model.isEnglish(word.substring(cut))) {
                return true;
            }
        }
        return false;
    }

    /** A known word with productive prefixes or suffixes ("undecodable"): a coinage, not a typo. */
    private boolean derivedOnly(String word) {
        for (String p : PREFIXES) {
            if (word.startsWith(p) && word.length() - p.length() >= 4 && derived(word.substring(p.length()), 1)) {
                return true;
            }
        }
        for (String s : SUFFIXES) {
            if (word.endsWith(s) && word.length() - s.length() >= 4
                    && derived(word.substring(0, word.length() - s.length()), 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean derived(String word, int affixes) {
        if (model.isEnglish(word) || model.isEnglish(word + "e")) {
            return true;
        }
        if (affixes == 0) {
            return false;
        }
        for (String p : PREFIXES) {
            if (word.startsWith(p) && word.length() - p.length() >= 4 && derived(word.substring(p.length()), affixes - 1)) {
                return true;
            }
        }
        for (String s : SUFFIXES) {
            if (word.endsWith(s) && word.length() - s.length() >= 4
                    && derived(word.substring(0, word.length() - s.length()), affixes - 1)) {
                return true;
            }
        }
        return false;
    }

    /** Every other word of the sentence is English: a foreign passage or a list of terms is not a typo's setting. */
    private boolean otherwiseEnglish(String text, TextAnalysis analysis, int start, int end) {
        int from = sentenceStart(text, start);
        int to = sentenceEnd(text, end);
        Matcher w = ANY_WORD.matcher(text).region(from, to);
        int english = 0;
        while (w.find()) {
            String other = w.group();
            if (w.start() == start || Character.isUpperCase(other.charAt(0)) || other.length() < 3) {
                continue;
            }
            if (!model.isEnglish(other)) {
                return false;
            }
            english++;
        }
        return english >= 3;
    }

    private static int sentenceStart(String text, int at) {
        int i = at;
        while (i > 0 && ".!?\n".indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    private static int sentenceEnd(String text, int at) {
        int i = at;
        while (i < text.length() && ".!?\n".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    /** English words one deletion, insertion, substitution or swap away, commonest first. */
    private List<String> candidates(String word) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < word.length(); i++) {
            add(out, word.substring(0, i) + word.substring(i + 1));
            if (i + 1 < word.length()) {
                add(out, word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2));
            }
            for (char c : ALPHABET.toCharArray()) {
                add(out, word.substring(0, i) + c + word.substring(i + 1));
            }
        }
        for (int i = 0; i <= word.length(); i++) {
            for (char c : ALPHABET.toCharArray()) {
                add(out, word.substring(0, i) + c + word.substring(i));
            }
        }
        List<String> sorted = new ArrayList<>(out);
        sorted.sort((a, b) -> Integer.compare(english.frequencyExact(b), english.frequencyExact(a)));
        return sorted;
    }

    private void add(Set<String> out, String candidate) {
        if (english.frequencyExact(candidate) != EnglishLexicon.UNKNOWN
                && candidate.equals(candidate.toLowerCase(Locale.ROOT))) {
            out.add(candidate);
        }
    }
}
