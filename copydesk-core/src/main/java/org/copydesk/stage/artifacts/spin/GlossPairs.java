package org.copydesk.stage.artifacts.spin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

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
 * <p>Kept as sorted 64-bit hashes and capped counts (about 1.7 MB), read on first use.
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

    private static volatile GlossPairs instance;

    private final long[] hashes;
    private final byte[] counts;
    private final long loadMillis;

    private GlossPairs(long[] hashes, byte[] counts, long loadMillis) {
        this.hashes = hashes;
        this.counts = counts;
        this.loadMillis = loadMillis;
    }

    /** The packaged table, read on the first call. */
    public static GlossPairs get() {
        GlossPairs g = instance;
        if (g == null) {
            synchronized (GlossPairs.class) {
                g = instance;
                if (g == null) {
                    g = load();
                    instance = g;
                }
            }
        }
        return g;
    }

    /** True once the table has been read in this JVM (for measurements). */
    public static boolean loaded() {
        return instance != null;
    }

    private static GlossPairs load() {
        long t0 = System.nanoTime();
        try (InputStream raw = GlossPairs.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16),
                    StandardCharsets.UTF_8));
            long[] keys = new long[200_000];
            int n = 0;
            String line;
            while ((line = in.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                int count = Math.min(Byte.MAX_VALUE, Integer.parseInt(line, tab + 1, line.length(), 10));
                if (n == keys.length) {
                    keys = Arrays.copyOf(keys, n * 2);
                }
                // the hash in the high bits, the count in the low 7: one sort keeps them together
                keys[n++] = hash(line, 0, tab) << 7 | count;
            }
            keys = Arrays.copyOf(keys, n);
            Arrays.sort(keys);
            long[] hashes = new long[n];
            byte[] counts = new byte[n];
            for (int i = 0; i < n; i++) {
                hashes[i] = keys[i] >>> 7;
                counts[i] = (byte) (keys[i] & 0x7f);
            }
            return new GlossPairs(hashes, counts, (System.nanoTime() - t0) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * FNV-1a over the pair's characters, cut to 56 bits so a 7-bit count fits beside it and the packed
     * key stays positive (its sort order is then the hashes' order).
     */
    private static long hash(CharSequence s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h >>> 8;
    }

    /** How often "first second" stands in WordNet's prose (capped at 127), lower case. */
    public int count(String first, String second) {
        String pair = first + " " + second;
        int at = Arrays.binarySearch(hashes, hash(pair, 0, pair.length()));
        return at < 0 ? 0 : counts[at];
    }

    /** {@link #count} over the singular and the usual plural spellings of the second word. */
    public int countAnyNumber(String first, String second) {
        int n = count(first, second);
        for (String form : numberForms(second)) {
            n += count(first, form);
        }
        return n;
    }

    private static Set<String> numberForms(String noun) {
        if (noun.endsWith("ies") && noun.length() > 4) {
            return Set.of(noun.substring(0, noun.length() - 3) + "y");
        }
        if (noun.endsWith("men")) {
            return Set.of(noun.substring(0, noun.length() - 3) + "man");
        }
        if (noun.endsWith("man")) {
            return Set.of(noun.substring(0, noun.length() - 3) + "men");
        }
        if (noun.endsWith("ses") || noun.endsWith("xes") || noun.endsWith("ches") || noun.endsWith("shes")) {
            return Set.of(noun.substring(0, noun.length() - 2));
        }
        if (noun.endsWith("s") && !noun.endsWith("ss")) {
            return Set.of(noun.substring(0, noun.length() - 1));
        }
        if (noun.endsWith("y") && noun.length() > 2 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return Set.of(noun.substring(0, noun.length() - 1) + "ies");
        }
        return noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")
                ? Set.of(noun + "es") : Set.of(noun + "s");
    }

    public int size() {
        return hashes.length;
    }

    public long loadMillis() {
        return loadMillis;
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
