package org.copydesk.stage.artifacts.spin;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word pairs attested in English prose: the adjacent content words of WordNet 3.1's own
 * definitions and example sentences (1.47 million words, 191,842 distinct pairs), counted once at
 * build time by {@code GlossPairsGenerator} into {@code dictionaries/artifacts/wordnet-gloss-pairs.tsv.gz}
 * (derived from WordNet, under the Princeton WordNet licence). A spinner's swap makes a pair no
 * writer uses ("income taxation" for income tax) while the term it comes from is written in
 * WordNet's prose; an ordinary phrase that merely has a synonym term ("elderly man" ~ old man) is
 * often written there itself. The corpus is small: an unattested pair is weak evidence alone,
 * and only counts beside other evidence.
 *
 * <p>Kept in a {@link PairTable} (counts capped at 127, about 1.7 MB), read on first use.
 */
public final class GlossPairs {
    /** The packaged table, relative to the class path root. */
    public static final String RESOURCE = "/dictionaries/artifacts/wordnet-gloss-pairs.tsv.gz";
    /** Words a spinner leaves alone and no collocation turns on (the spin rule skips pairs with them too). */
    public static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "for", "but", "nor", "yet", "with", "from",
            "into", "onto", "upon", "over", "under", "about", "after", "before", "this", "that", "these", "those",
            "there", "their", "they", "them", "then", "than", "his", "her", "hers", "its", "our", "ours", "your",
            "you", "she", "him", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "all",
            "any", "some", "each", "every", "not", "are", "was", "were", "been", "being", "has", "have", "had",
            "does", "did", "can", "could", "will", "would", "shall", "should", "may", "might", "must", "also",
            "very", "just", "only", "out", "off", "too", "more", "most", "such", "own", "other", "same", "both",
            "few", "many", "much", "one", "two", "three", "per", "via", "let", "get", "got", "say", "said");
    /** Words that never start or end a counted pair: they carry no collocation ("etc" ends a gloss's lists). */
    public static final Set<String> FUNCTION = withEtc();

    private static Set<String> withEtc() {
        Set<String> out = new java.util.HashSet<>(FUNCTION_WORDS);
        out.add("etc");
        return Set.copyOf(out);
    }
    private static final Pattern TOKEN = Pattern.compile("[a-z]+|[^a-z\\s]");

    private final PairTable table;

    private GlossPairs(PairTable table) {
        this.table = table;
    }

    /** Read on first use, once per JVM (the holder idiom: the class loader does the locking). */
    private static final class Holder {
        static final GlossPairs INSTANCE = new GlossPairs(PairTable.load(RESOURCE, count -> count));
    }

    /** The packaged table, read on the first call. */
    public static GlossPairs get() {
        return Holder.INSTANCE;
    }

    /** How often "first second" stands in WordNet's prose (capped at 127), lower case. */
    public int count(String first, String second) {
        return (int) table.count(first, second, code -> code);
    }

    /** {@link #count} over the singular and the usual plural spellings of the second word. */
    public int countAnyNumber(String first, String second) {
        return (int) table.countAnyNumber(first, second, code -> code);
    }

    public int size() {
        return table.size();
    }

    public long loadMillis() {
        return table.loadMillis();
    }

    /**
     * Adds the pairs of one WordNet gloss (definition and quoted examples) to {@code out}: adjacent
     * lower-case words of three letters or more, neither a function word, with no punctuation between.
     * Shared with the generator so the table and its reader agree on what a pair is.
     */
    public static void pairsOf(String gloss, java.util.function.Consumer<String> out) {
        Matcher m = TOKEN.matcher(gloss.toLowerCase(Locale.ROOT));
        String previous = null;
        while (m.find()) {
            String w = m.group();
            boolean content = w.length() >= 3 && Character.isLetter(w.charAt(0)) && !FUNCTION.contains(w);
            if (previous != null && content) {
                out.accept(previous + " " + w);
            }
            previous = content ? w : null;
        }
    }
}
