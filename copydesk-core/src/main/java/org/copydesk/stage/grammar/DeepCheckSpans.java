package org.copydesk.stage.grammar;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.core.Draft;
import org.copydesk.text.SpanIndex;

/**
 * What LanguageTool's own rules check in CHANGED mode: the sentences where an
 * earlier stage replaced words ({@link WordChange}), the only changes that can
 * break a sentence's grammar. A sentence an earlier stage only reported is not
 * checked: on our corpora that check added no edit, only LanguageTool findings
 * unrelated to the report ("Possible typo" on tool names beside a glued-word
 * report in a manual), and it was a sixth of the grammar stage's time on
 * defect-dense text. Adjacent chosen sentences are joined into one span, so a
 * document costs one check per run of sentences rather than one per sentence.
 */
final class DeepCheckSpans {
    private DeepCheckSpans() {
    }

    static List<SentenceSpans.Span> select(Draft draft, List<SentenceSpans.Span> sentences) {
        // asked once per sentence: a binary search, not a scan of every range (quadratic on a long document)
        SpanIndex replaced = SpanIndex.of(wordReplacements(draft), r -> r[0], r -> r[1]);
        List<SentenceSpans.Span> chosen = new ArrayList<>();
        for (SentenceSpans.Span s : sentences) {
            if (replaced.overlaps(s.start(), s.end())) {
                chosen.add(s);
            }
        }
        return joinRuns(draft.text(), chosen);
    }

    /** Chosen sentences (in text order) with only white space between them joined into one span. */
    static List<SentenceSpans.Span> joinRuns(String text, List<SentenceSpans.Span> chosen) {
        List<SentenceSpans.Span> out = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        for (SentenceSpans.Span s : chosen) {
            if (runStart >= 0 && text.substring(runEnd, s.start()).isBlank()) {
                runEnd = s.end();
                continue;
            }
            if (runStart >= 0) {
                out.add(new SentenceSpans.Span(runStart, runEnd, text.substring(runStart, runEnd)));
            }
            runStart = s.start();
            runEnd = s.end();
        }
        if (runStart >= 0) {
            out.add(new SentenceSpans.Span(runStart, runEnd, text.substring(runStart, runEnd)));
        }
        return out;
    }

    /** Current ranges whose change replaced words. */
    private static List<int[]> wordReplacements(Draft draft) {
        List<int[]> out = new ArrayList<>();
        String input = draft.input();
        String text = draft.text();
        for (int[] r : draft.changedRanges()) {
            int from = draft.toInputStart(r[0]);
            int to = draft.toInputEnd(r[1]);
            String before = from <= to ? input.substring(from, to) : "";
            if (WordChange.replacesWords(before, text.substring(r[0], r[1]))) {
                out.add(r);
            }
        }
        return out;
    }
}
