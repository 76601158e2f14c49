package org.copydesk.stage.artifacts.spin;

/**
 * How often English books write a word pair: the 242,342 most frequent lower-case word pairs of Google
 * Books with their counts, from 6.4 million ("some estimates") up ("of the"), packaged as
 * {@code dictionaries/artifacts/english-bigrams.tsv.gz} by {@code scripts/book-bigrams.sh} from SymSpell's
 * bigram dictionary (MIT; counts from Google Books Ngram data, free for any use with acknowledgement).
 *
 * <p>Evidence of two kinds for a phrase a spinner may have made. A phrase the table lists is written in
 * books millions of times: it is English, not a thesaurus's swap ("safe haven", "working families",
 * "ordinary people"). A phrase it does not list is rarer than {@link #floor()}, while the term it may
 * come from is listed: "interior income" beside "national income" (14 million), "elected functionaries"
 * beside "elected officials" (64 million). Absence alone proves little (many plain phrases are rarer
 * than the floor), so it counts only beside a swap's own and the document's evidence.
 *
 * <p>Counts are kept on a log scale, in eighths of a doubling above one million (within 9 %).
 */
public final class BookBigrams {
    /** The packaged table, relative to the class path root. */
    public static final String RESOURCE = "/dictionaries/artifacts/english-bigrams.tsv.gz";
    private static final double UNIT = 1_000_000;
    private static final double STEPS_PER_DOUBLING = 8;

    private final PairTable table;

    private BookBigrams(PairTable table) {
        this.table = table;
    }

    /** Read on first use, once per JVM (the holder idiom: the class loader does the locking). */
    private static final class Holder {
        static final BookBigrams INSTANCE = new BookBigrams(PairTable.load(RESOURCE, BookBigrams::encode));
    }

    /** The packaged table, read on the first call. */
    public static BookBigrams get() {
        return Holder.INSTANCE;
    }

    private static long encode(long count) {
        return Math.round(STEPS_PER_DOUBLING * Math.log(count / UNIT) / Math.log(2));
    }

    private static long decode(int code) {
        return Math.round(UNIT * Math.pow(2, code / STEPS_PER_DOUBLING));
    }

    /** About how often books write "first second" (lower case), or 0 when less often than {@link #floor()}. */
    public long count(String first, String second) {
        return table.count(first, second, BookBigrams::decode);
    }

    /** {@link #count} over the singular and the usual plural spellings of the second word. */
    public long countAnyNumber(String first, String second) {
        return table.countAnyNumber(first, second, BookBigrams::decode);
    }

    /** The whole number of millions just above a count, for a reason's "fewer than N million". */
    public static long millionsAbove(long count) {
        return count / 1_000_000 + 1;
    }

    /** The smallest count the table lists: a pair it lacks is written less often than this. */
    public long floor() {
        return table.minCount();
    }

    public int size() {
        return table.size();
    }

    public long loadMillis() {
        return table.loadMillis();
    }
}
