package org.copydesk.stage.grammar;

import java.util.ArrayList;
import java.util.List;
import org.languagetool.Language;

/** The text cut into sentences by LanguageTool's sentence tokenizer, with their offsets. */
final class SentenceSpans {
    record Span(int start, int end, String text) {
        boolean overlaps(int from, int to) {
            return from < end && to > start || from == to && from > start && from < end;
        }
    }

    private SentenceSpans() {
    }

    static List<Span> of(String text, Language language) {
        List<Span> out = new ArrayList<>();
        int pos = 0;
        for (String s : language.getSentenceTokenizer().tokenize(text)) {
            int at = text.indexOf(s, pos);
            if (at < 0 || s.isEmpty()) {
                continue;
            }
            out.add(new Span(at, at + s.length(), s));
            pos = at + s.length();
        }
        return out;
    }
}
