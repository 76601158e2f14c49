package org.copydesk.stage.foreign;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;
import org.copydesk.text.LineKind;
import org.copydesk.text.TextAnalysis;

/**
 * Spanish, French, Italian and Portuguese quote with guillemets; a translator
 * who keeps them leaves «…» in English prose, where the press quotes with “…”.
 * Marks are paired on their prose line by flanking (a mark before a word opens,
 * one after a word closes; a spaced mark takes whichever the pairing needs).
 * Only a complete pair around mostly English words is rewritten; an orphan mark
 * (a breadcrumb "News »", a stray "»") is at most reported. A quotation in a
 * source language keeps its marks: it is the source's quotation, not damage.
 */
final class Guillemets {
    static final String RULE = "FOREIGN_GUILLEMETS";
    private static final Pattern WORD = Pattern.compile("[\\p{L}'\u2019]+");

    private final ForeignModel model;

    Guillemets(ForeignModel model) {
        this.model = model;
    }

    void fix(Draft draft) {
        String text = draft.text();
        if (text.indexOf('\u00AB') < 0 && text.indexOf('\u00BB') < 0) {
            return;
        }
        TextAnalysis analysis = draft.analysis();
        for (TextAnalysis.Line line : analysis.lines()) {
            if (line.kind() != LineKind.PROSE) {
                continue;
            }
            fixLine(draft, text, line.start(), line.end());
        }
    }

    private void fixLine(Draft draft, String text, int start, int end) {
        List<Integer> marks = new ArrayList<>();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\u00AB' || c == '\u00BB') {
                marks.add(i);
            }
        }
        if (marks.size() < 2) {
            return;
        }
        int open = -1;
        for (int k = 0; k < marks.size(); k++) {
            int m = marks.get(k);
            boolean spaceBefore = m == start || Character.isWhitespace(text.charAt(m - 1))
                    || "(:[\u2014".indexOf(text.charAt(m - 1)) >= 0;
            boolean spaceAfter = m + 1 >= end || Character.isWhitespace(text.charAt(m + 1));
            boolean opens = spaceBefore && !spaceAfter;
            boolean closes = !spaceBefore && (spaceAfter || !Character.isLetterOrDigit(text.charAt(m + 1)));
            boolean spaced = spaceBefore && spaceAfter;
            if (open < 0) {
                // a spaced mark opens only when a later mark can close it ("as » public officials»")
                if (opens || spaced && k + 1 < marks.size() && !spaced(text, marks.get(k + 1), start, end)) {
                    open = m;
                }
            } else if (closes || spaced || text.charAt(m) == '\u00BB' && !opens) {
                pair(draft, text, open, m);
                open = -1;
            } else {
                open = m;
            }
        }
    }

    private static boolean spaced(String text, int m, int start, int end) {
        return (m == start || Character.isWhitespace(text.charAt(m - 1)))
                && (m + 1 >= end || Character.isWhitespace(text.charAt(m + 1)));
    }

    private void pair(Draft draft, String text, int open, int close) {
        String inside = text.substring(open + 1, close);
        int words = 0;
        int english = 0;
        Matcher w = WORD.matcher(inside);
        while (w.find()) {
            words++;
            if (model.isEnglish(w.group().replace('\u2019', '\''))) {
                english++;
            }
        }
        if (words == 0 || english * 4 < words * 3 || draft.analysis().touchesCode(open, close + 1)) {
            // a quotation in the source language keeps the source's marks; code keeps its characters
            return;
        }
        int openEnd = open + 1;
        while (openEnd < close && text.charAt(openEnd) == ' ') {
            openEnd++;
        }
        int closeStart = close;
        while (closeStart > openEnd && text.charAt(closeStart - 1) == ' ') {
            closeStart--;
        }
        String reason = "guillemets around English words (" + english + " of " + words
                + " words English): a translator kept the source's quotation marks";
        draft.replace(open, openEnd, "\u201C", RULE, "foreign", 0.9, reason);
        draft.replace(closeStart, close + 1, "\u201D", RULE, "foreign", 0.9, reason);
    }
}
