package org.copydesk.stage.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.copydesk.CleanOptions;
import org.copydesk.core.Draft;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The sentences chosen for LanguageTool's deep check are found by binary search over the changed
 * ranges (a scan of every range per sentence was quadratic on a long document): the choice must be
 * exactly the one the scan made.
 */
class DeepCheckSpansTest {
    private static final String[] WORDS = {"the", "council", "voted", "on", "a", "budget", "for", "schools", "roads"};

    @RepeatedTest(20)
    void choosesTheSentencesTheScanChose(RepetitionInfo info) {
        Random r = new Random(info.getCurrentRepetition());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            for (int w = 0; w < 3 + r.nextInt(6); w++) {
                sb.append(w == 0 ? "The" : WORDS[r.nextInt(WORDS.length)]).append(' ');
            }
            sb.setLength(sb.length() - 1);
            sb.append(r.nextInt(7) == 0 ? ".\n\n" : ". ");
        }
        String input = sb.toString();
        Draft draft = new Draft(input, CleanOptions.defaults());
        // word replacements (deep-checked), punctuation changes (not) and removals, none overlapping
        int pos = 0;
        boolean wordsReplaced = false;
        while ((pos = input.indexOf(' ', pos + 1 + r.nextInt(400))) > 0 && pos + 8 < input.length()) {
            int end = input.indexOf(' ', pos + 1);
            if (end < 0) {
                break;
            }
            // the first edit replaces a word, so every repetition has a sentence to choose
            switch (wordsReplaced ? r.nextInt(3) : 0) {
                case 0 -> {
                    draft.replace(pos + 1, end, "parliament", "TEST", "test", 1.0, "test");
                    wordsReplaced = true;
                }
                case 1 -> draft.replace(pos, pos + 1, "  ", "TEST", "test", 1.0, "test");
                default -> draft.remove(pos, end, "test", "TEST", 1.0, "test");
            }
            pos = end;
        }
        draft.commit();
        String text = draft.text();
        List<SentenceSpans.Span> sentences = sentences(text);
        List<SentenceSpans.Span> chosen = DeepCheckSpans.select(draft, sentences);
        assertFalse(chosen.isEmpty(), "the test must change some sentences");
        assertFalse(chosen.size() == 1 && chosen.get(0).start() == 0 && chosen.get(0).end() == sentences.get(sentences.size() - 1).end(),
                "the test must leave some sentences unchosen");
        assertEquals(scan(draft, sentences), chosen);
    }

    @Test
    void aSentenceThatWasOnlyReportedIsNotDeepChecked() {
        String input = "The councel met on Monday. The mayor said the budget was tight.";
        Draft draft = new Draft(input, CleanOptions.defaults());
        draft.report(4, 11, "TEST", "test", 0.5, "a word no dictionary knows", "council");
        int mayor = input.indexOf("mayor");
        draft.replace(mayor, mayor + 5, "governor", "TEST", "test", 1.0, "test");
        draft.commit();
        List<SentenceSpans.Span> chosen = DeepCheckSpans.select(draft, sentences(draft.text()));
        assertEquals(List.of("The governor said the budget was tight."), chosen.stream().map(SentenceSpans.Span::text).toList());
    }

    private static List<SentenceSpans.Span> sentences(String text) {
        List<SentenceSpans.Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.') {
                out.add(new SentenceSpans.Span(start, i + 1, text.substring(start, i + 1)));
                start = i + 1;
                while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
            }
        }
        return out;
    }

    /** The reference: every changed range tried against every sentence. */
    private static List<SentenceSpans.Span> scan(Draft draft, List<SentenceSpans.Span> sentences) {
        List<int[]> replaced = new ArrayList<>();
        for (int[] c : draft.changedRanges()) {
            int from = draft.toInputStart(c[0]);
            int to = draft.toInputEnd(c[1]);
            String before = from <= to ? draft.input().substring(from, to) : "";
            if (WordChange.replacesWords(before, draft.text().substring(c[0], c[1]))) {
                replaced.add(c);
            }
        }
        List<SentenceSpans.Span> chosen = new ArrayList<>();
        for (SentenceSpans.Span s : sentences) {
            if (replaced.stream().anyMatch(c -> s.overlaps(c[0], c[1]))) {
                chosen.add(s);
            }
        }
        // the selection is what is under test; joining the chosen sentences is shared code
        return DeepCheckSpans.joinRuns(draft.text(), chosen);
    }
}
