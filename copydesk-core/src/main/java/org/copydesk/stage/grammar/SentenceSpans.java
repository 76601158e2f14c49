package org.copydesk.stage.grammar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Distinct pieces of one document whose split is kept for its repeats (bounds the memory). */
    private static final int MEMO_PIECES = 100_000;

    static List<Span> of(String text, Language language) {
        List<Span> out = new ArrayList<>();
        // taken once per document: the language's getter is synchronized, and every worker thread asks for it
        SentenceTokenizer tokenizer = language.getSentenceTokenizer();
        // the split depends on the piece alone: a line the document repeats is split once
        Map<String, List<Span>> seen = new HashMap<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl + 1;
            for (int from = lineStart; from < lineEnd; ) {
                int to = cut(text, from, lineEnd);
                String piece = text.substring(from, to);
                List<Span> relative = seen.get(piece);
                if (relative == null) {
                    relative = tokenize(piece, tokenizer);
                    if (seen.size() < MEMO_PIECES) {
                        seen.put(piece, relative);
                    }
                }
                for (Span s : relative) {
                    out.add(new Span(from + s.start(), from + s.end(), s.text()));
                }
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

    /** The sentences of one piece, offsets relative to it. */
    private static List<Span> tokenize(String piece, SentenceTokenizer tokenizer) {
        List<Span> out = new ArrayList<>();
        int pos = 0;
        for (String s : tokenizer.tokenize(piece)) {
            int at = piece.indexOf(s, pos);
            if (at < 0 || s.isEmpty()) {
                continue;
            }
            out.add(new Span(at, at + s.length(), s));
            pos = at + s.length();
        }
        return out;
    }
}
