package org.copydesk.stage.grammar;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;

/**
 * The words of the sentence a rule matched in, with their offsets in the
 * current text and every part-of-speech reading the tagger gave them (the fast
 * rule set's sentences are not disambiguated, so a word keeps all its
 * readings). What {@link FixEvidence} reads around a match.
 */
final class MatchTokens {
    /** One non-blank token: current-text offsets and POS tags (no sentence markers, no null tag). */
    record Word(String text, int start, int end, Set<String> tags) {
        boolean tagged() {
            return !tags.isEmpty();
        }

        boolean has(String tag) {
            return tags.contains(tag);
        }

        /** Whether some reading's tag starts with one of {@code prefixes}. */
        boolean hasAny(String... prefixes) {
            for (String t : tags) {
                for (String p : prefixes) {
                    if (t.startsWith(p)) {
                        return true;
                    }
                }
            }
            return false;
        }

        boolean isWord() {
            return !text.isEmpty() && Character.isLetter(text.codePointAt(0));
        }

        boolean is(String word) {
            return text.equalsIgnoreCase(word);
        }

        String tagList() {
            return tags.isEmpty() ? "untagged" : String.join("/", tags);
        }
    }

    private final List<Word> words;

    private MatchTokens(List<Word> words) {
        this.words = words;
    }

    /**
     * The words of {@code sentence}, placed in the current text: {@code sentenceStart}
     * is the current offset of the sentence's first character.
     */
    static MatchTokens of(AnalyzedSentence sentence, int sentenceStart) {
        List<Word> out = new ArrayList<>();
        for (AnalyzedTokenReadings t : sentence.getTokens()) {
            if (t.isWhitespace() || t.isSentenceStart() || t.getToken().isEmpty()) {
                continue;
            }
            int start = sentenceStart + t.getStartPos();
            out.add(new Word(t.getToken(), start, start + t.getToken().length(), tags(t)));
        }
        return new MatchTokens(out);
    }

    static Set<String> tags(AnalyzedTokenReadings t) {
        Set<String> tags = new LinkedHashSet<>();
        for (AnalyzedToken r : t.getReadings()) {
            String tag = r.getPOSTag();
            if (tag != null && !tag.equals(JLanguageTool.SENTENCE_END_TAGNAME)
                    && !tag.equals(JLanguageTool.SENTENCE_START_TAGNAME)
                    && !tag.equals(JLanguageTool.PARAGRAPH_END_TAGNAME)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    /** Index of the word that starts at current offset {@code start}, or -1. */
    int indexAt(int start) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).start() == start) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the last word that ends at or before current offset {@code end}, or -1. */
    int lastIndexEndingBy(int end) {
        int found = -1;
        for (int i = 0; i < words.size() && words.get(i).end() <= end; i++) {
            found = i;
        }
        return found;
    }

    /** The word at {@code i}, or null outside the sentence. */
    Word get(int i) {
        return i >= 0 && i < words.size() ? words.get(i) : null;
    }
}
