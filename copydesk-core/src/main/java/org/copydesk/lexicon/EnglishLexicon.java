package org.copydesk.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import morfologik.stemming.Dictionary;

/**
 * English words with frequency classes, read from LanguageTool's en_US
 * speller dictionary (english-pos-dict), whose entries are {@code word+F}
 * with F from 'A' (rare) to 'Z' (most frequent).
 */
public final class EnglishLexicon {
    private static final String SPELLER = "/org/languagetool/resource/en/hunspell/en_US.dict";
    /** Frequency class of a word absent from the dictionary. */
    public static final int UNKNOWN = -1;

    private final Map<String, Byte> exact;
    private final Map<String, Byte> folded;

    private EnglishLexicon(Map<String, Byte> exact, Map<String, Byte> folded) {
        this.exact = exact;
        this.folded = folded;
    }

    public static EnglishLexicon load() {
        URL url = EnglishLexicon.class.getResource(SPELLER);
        if (url == null) {
            throw new IllegalStateException("LanguageTool English dictionary missing from the classpath: " + SPELLER);
        }
        try {
            Dictionary dict = Dictionary.read(url);
            Map<String, Byte> exact = new HashMap<>(300_000);
            Map<String, Byte> folded = new HashMap<>(300_000);
            byte sep = (byte) '+';
            for (ByteBuffer bb : dict.fsa) {
                int len = bb.remaining();
                byte[] bytes = new byte[len];
                bb.get(bytes);
                int cut = len - 1;
                while (cut >= 0 && bytes[cut] != sep) {
                    cut--;
                }
                if (cut <= 0) {
                    continue;
                }
                String word = new String(bytes, 0, cut, StandardCharsets.UTF_8);
                byte freq = cut + 1 < len ? (byte) Math.max(0, bytes[cut + 1] - 'A') : 0;
                exact.merge(word, freq, (a, b) -> a >= b ? a : b);
                folded.merge(word.toLowerCase(Locale.ROOT), freq, (a, b) -> a >= b ? a : b);
            }
            return new EnglishLexicon(exact, folded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Frequency class (0 rare .. 25 very common) of the word as spelled, or {@link #UNKNOWN}. */
    public int frequencyExact(String word) {
        Byte f = exact.get(word);
        return f == null ? UNKNOWN : f;
    }

    /** Frequency class ignoring case, or {@link #UNKNOWN}. */
    public int frequency(String word) {
        Byte f = folded.get(word.toLowerCase(Locale.ROOT));
        return f == null ? UNKNOWN : f;
    }

    /** Known as spelled, or known in lower case when the word is capitalised or all caps. */
    public boolean isWord(String word) {
        if (exact.containsKey(word)) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return !lower.equals(word) && exact.containsKey(lower);
    }

    public int size() {
        return exact.size();
    }
}
