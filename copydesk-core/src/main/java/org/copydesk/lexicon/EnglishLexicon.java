package org.copydesk.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import morfologik.fsa.FSA;
import morfologik.fsa.FSATraversal;
import morfologik.fsa.MatchResult;
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
    /** The dictionary's automaton, kept for questions about the beginnings of words. */
    private final FSA fsa;

    private EnglishLexicon(Map<String, Byte> exact, Map<String, Byte> folded, FSA fsa) {
        this.exact = exact;
        this.folded = folded;
        this.fsa = fsa;
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
            return new EnglishLexicon(exact, folded, dict.fsa);
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

    /**
     * A word of the dictionary that begins with {@code prefix} (as spelled; the entries are mostly lower
     * case), or null when none does: the first in the automaton's order.
     */
    public String wordBeginningWith(String prefix) {
        byte[] bytes = prefix.getBytes(StandardCharsets.UTF_8);
        MatchResult m = new FSATraversal(fsa).match(bytes);
        if (m.kind != MatchResult.SEQUENCE_IS_A_PREFIX && m.kind != MatchResult.EXACT_MATCH) {
            return null;
        }
        // follow the first arcs to the '+' that ends a word in this dictionary's entries ("word+F")
        java.io.ByteArrayOutputStream word = new java.io.ByteArrayOutputStream();
        word.writeBytes(bytes);
        int node = m.node;
        for (int steps = 0; steps < 64; steps++) {
            int arc = fsa.getFirstArc(node);
            if (arc == 0) {
                return null;
            }
            byte label = fsa.getArcLabel(arc);
            if (label == (byte) '+') {
                return word.toString(StandardCharsets.UTF_8);
            }
            word.write(label);
            if (fsa.isArcTerminal(arc)) {
                return null;
            }
            node = fsa.getEndNode(arc);
        }
        return null;
    }

    public int size() {
        return exact.size();
    }
}
