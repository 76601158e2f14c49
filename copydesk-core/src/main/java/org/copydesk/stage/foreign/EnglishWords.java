package org.copydesk.stage.foreign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
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

    private final Set<String> words;

    private EnglishWords(Set<String> words) {
        this.words = words;
    }

    public static EnglishWords load() {
        Set<String> words = new HashSet<>(600_000);
        for (String path : DICTIONARIES) {
            URL url = EnglishWords.class.getResource(path);
            if (url == null) {
                continue;
            }
            try {
                Dictionary dict = Dictionary.read(url);
                byte separator = dict.metadata.getSeparator();
                for (ByteBuffer bb : dict.fsa) {
                    int len = bb.remaining();
                    byte[] bytes = new byte[len];
                    bb.get(bytes);
                    int cut = 0;
                    while (cut < len && bytes[cut] != separator) {
                        cut++;
                    }
                    if (cut > 0) {
                        words.add(new String(bytes, 0, cut, StandardCharsets.UTF_8));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new EnglishWords(words);
    }

    public boolean contains(String word) {
        return words.contains(word);
    }

    public int size() {
        return words.size();
    }
}
