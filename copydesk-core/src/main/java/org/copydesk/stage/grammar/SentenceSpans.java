package org.copydesk.stage.grammar;

import java.util.ArrayList;
import java.util.List;
import org.languagetool.Language;
import org.languagetool.tokenizers.SentenceTokenizer;

/** The text cut into sentences by LanguageTool's sentence tokenizer, with their offsets. */
final class SentenceSpans {
    record Span(int start, int end, String text) {
        boolean overlaps(int from, int to) {
            return from < end && to > start || from == to && from > start && from < end;
        }
    }

    private SentenceSpans() {
    }

    /**
     * Longest piece handed to the sentence tokenizer at once. Its work grows faster than the
     * length of a run without sentence ends (a megabyte of one "sentence" took minutes), so a
     * longer line is cut at whitespace first; no real sentence is this long.
     */
    static final int MAX_PIECE = 4000;

    static List<Span> of(String text, Language language) {
        List<Span> out = new ArrayList<>();
        // taken once per document: the language's getter is synchronized, and every worker thread asks for it
        SentenceTokenizer tokenizer = language.getSentenceTokenizer();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl + 1;
            for (int from = lineStart; from < lineEnd; ) {
                int to = cut(text, from, lineEnd);
                tokenize(text, from, to, tokenizer, out);
                from = to;
            }
            lineStart = lineEnd;
        }
        return out;
    }

    private static int cut(String text, int from, int end) {
        if (end - from <= MAX_PIECE) {
            return end;
        }
        int limit = from + MAX_PIECE;
        for (int i = limit; i > from + MAX_PIECE / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return limit;
    }

    private static void tokenize(String text, int from, int to, SentenceTokenizer tokenizer, List<Span> out) {
        String piece = text.substring(from, to);
        int pos = 0;
        for (String s : tokenizer.tokenize(piece)) {
            int at = piece.indexOf(s, pos);
            if (at < 0 || s.isEmpty()) {
                continue;
            }
            out.add(new Span(from + at, from + at + s.length(), s));
            pos = at + s.length();
        }
    }
}
