package org.copydesk.stage.foreign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import morfologik.fsa.FSA;
import morfologik.fsa.FSATraversal;
import morfologik.fsa.MatchResult;
import morfologik.stemming.Dictionary;

/**
 * English spellings the en_US frequency lexicon lacks: British, Canadian,
 * Australian and South African spellings ("centre", "sombre") and every word
 * form of LanguageTool's English tagger. A word found here is English, never a
 * leftover, whatever a foreign tagger thinks of it.
 */
public final class EnglishWords {
    private static final String[] DICTIONARIES = {
        "/org/languagetool/resource/en/hunspell/en_GB.dict",
        "/org/languagetool/resource/en/hunspell/en_CA.dict",
        "/org/languagetool/resource/en/hunspell/en_AU.dict",
        "/org/languagetool/resource/en/hunspell/en_ZA.dict",
        "/org/languagetool/resource/en/english.dict",
    };

    /** One entry per dictionary: its automaton and the byte that ends the word form in each sequence. */
    private record Entry(FSA fsa, byte separator) {
    }

    private final List<Entry> dictionaries;

    private EnglishWords(List<Entry> dictionaries) {
        this.dictionaries = dictionaries;
    }

    /**
     * Maps the dictionaries' automata only: a word is looked up by walking them (a few dozen byte
     * steps), where copying their 600,000 forms into a set cost over a second of every cold start.
     */
    public static EnglishWords load() {
        List<Entry> entries = new ArrayList<>();
        for (String path : DICTIONARIES) {
            URL url = EnglishWords.class.getResource(path);
            if (url == null) {
                continue;
            }
            try {
                Dictionary dict = Dictionary.read(url);
                entries.add(new Entry(dict.fsa, dict.metadata.getSeparator()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new EnglishWords(List.copyOf(entries));
    }

    /** True when some dictionary has a sequence that starts with exactly this word form and its separator. */
    public boolean contains(String word) {
        if (word.isEmpty()) {
            return false;
        }
        byte[] form = word.getBytes(StandardCharsets.UTF_8);
        byte[] key = Arrays.copyOf(form, form.length + 1);
        for (Entry e : dictionaries) {
            key[form.length] = e.separator();
            MatchResult m = new FSATraversal(e.fsa()).match(key);
            if (m.kind == MatchResult.EXACT_MATCH || m.kind == MatchResult.SEQUENCE_IS_A_PREFIX) {
                return true;
            }
        }
        return false;
    }

    /** How many dictionaries were found on the class path. */
    public int dictionaryCount() {
        return dictionaries.size();
    }
}
