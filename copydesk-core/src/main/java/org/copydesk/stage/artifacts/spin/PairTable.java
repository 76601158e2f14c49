package org.copydesk.stage.artifacts.spin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.function.IntToLongFunction;
import java.util.function.LongUnaryOperator;
import java.util.zip.GZIPInputStream;

/**
 * A packaged table of word pairs with a small code per pair (a capped count, a log-scaled count), read
 * from a gzipped {@code first second<TAB>count} resource. Kept as sorted 56-bit hashes with a 7-bit code
 * beside each, so a table of 200,000 pairs costs under 2 MB; a lookup of an absent pair hits a hash
 * by chance about once in 10^11.
 */
final class PairTable {
    /** The largest code a pair can carry. */
    static final int MAX_CODE = 127;

    private final long[] hashes;
    private final byte[] codes;
    private final long minCount;
    private final long loadMillis;

    private PairTable(long[] hashes, byte[] codes, long minCount, long loadMillis) {
        this.hashes = hashes;
        this.codes = codes;
        this.minCount = minCount;
        this.loadMillis = loadMillis;
    }

    /**
     * Reads {@code resource}; {@code code} turns a pair's count into its code (clamped to 0..127).
     */
    static PairTable load(String resource, LongUnaryOperator code) {
        long t0 = System.nanoTime();
        try (InputStream raw = PairTable.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16),
                    StandardCharsets.UTF_8));
            long[] keys = new long[200_000];
            int n = 0;
            long min = Long.MAX_VALUE;
            String line;
            while ((line = in.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                long count = Long.parseLong(line, tab + 1, line.length(), 10);
                min = Math.min(min, count);
                long c = Math.max(0, Math.min(MAX_CODE, code.applyAsLong(count)));
                if (n == keys.length) {
                    keys = Arrays.copyOf(keys, n * 2);
                }
                // the hash in the high bits, the code in the low 7: one sort keeps them together
                keys[n++] = hash(line, 0, tab) << 7 | c;
            }
            keys = Arrays.copyOf(keys, n);
            Arrays.sort(keys);
            long[] hashes = new long[n];
            byte[] codes = new byte[n];
            for (int i = 0; i < n; i++) {
                hashes[i] = keys[i] >>> 7;
                codes[i] = (byte) (keys[i] & 0x7f);
            }
            return new PairTable(hashes, codes, n == 0 ? 0 : min, (System.nanoTime() - t0) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * FNV-1a over the pair's characters, cut to 56 bits so a 7-bit code fits beside it and the packed
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

    /** The code of "first second", or -1 when the table does not list the pair. */
    int code(String first, String second) {
        String pair = first + " " + second;
        int at = Arrays.binarySearch(hashes, hash(pair, 0, pair.length()));
        return at < 0 ? -1 : codes[at];
    }

    /**
     * The pair's count through {@code decode} (from its code), or 0 when the table does not list it, summed over
     * "first second" and the second word's usual other number ({@link #numberForms}).
     */
    long countAnyNumber(String first, String second, IntToLongFunction decode) {
        long n = count(first, second, decode);
        for (String form : numberForms(second)) {
            n += count(first, form, decode);
        }
        return n;
    }

    /** The pair's count through {@code decode}, or 0 when the table does not list it. */
    long count(String first, String second, IntToLongFunction decode) {
        int code = code(first, second);
        return code < 0 ? 0 : decode.applyAsLong(code);
    }

    /** The smallest count listed: a pair not listed is rarer than this. */
    long minCount() {
        return minCount;
    }

    int size() {
        return hashes.length;
    }

    long loadMillis() {
        return loadMillis;
    }

    /** The usual other number of a noun: "policies" ~ policy, "officers" ~ officer, "line" ~ lines. */
    static Set<String> numberForms(String noun) {
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
}
