package org.copydesk.stage.blocks;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * Lines a pattern row took for chrome whose place in the text says they are
 * content, so they stay:
 * <ul>
 * <li>a line the line above introduces: prose ending in a colon ("For Windows, use this
 *     build:") and the link, command or item under it, with the lines that run on from it;</li>
 * <li>the answer right under a question, for rows marked {@code unasked} (a bare link under
 *     "Where can I get the installer?");</li>
 * <li>the date or time line of an information box: a run of short lines that gives a time or
 *     a price besides (an event's name, date, time, place and tickets), not a page's dateline.</li>
 * </ul>
 */
final class ContentContext {
    /** An introducing line has at least this many words: "Share this:" is chrome, not an introduction. */
    private static final int MIN_INTRO_WORDS = 3;
    /** Lines of a box besides the date line itself, all kept and short. */
    private static final int MIN_BOX_OTHERS = 3;
    private static final int BOX_LINE_WORDS = 10;
    /** A clock time, a time of day or a price: what an event or venue box lists and a page header does not. */
    private static final Pattern TIME_OR_PRICE = Pattern.compile(
            "(?i)\\b\\d{1,2}[:.]\\d{2}\\b|\\b\\d{1,2} ?[ap]\\.?m\\b|[$€£¥]\\s?\\d|\\d\\s?(?:€|£|euros?\\b|dollars?\\b)");

    private ContentContext() {
    }

    /** Clears the verdicts of pattern rows ({@code hits}) on lines that are content by their place. */
    static void keepContent(List<Block> blocks, Verdict[] verdicts, BlockRule[] hits) {
        boolean[] introduced = new boolean[blocks.size()];
        for (int i = 1; i < blocks.size(); i++) {
            Block above = blocks.get(i - 1);
            Block block = blocks.get(i);
            boolean aboveKept = verdicts[i - 1] == null || !verdicts[i - 1].removes();
            char end = Block.lastSignificant(above.text());
            boolean intro = aboveKept && end == ':' && above.words() >= MIN_INTRO_WORDS;
            boolean runsOn = aboveKept && introduced[i - 1] && above.lineNo() == block.lineNo() - 1;
            boolean answer = aboveKept && end == '?' && hits[i] != null && hits[i].limits().unasked();
            introduced[i] = intro || runsOn || answer;
            if (hits[i] == null || verdicts[i] == null || !verdicts[i].removes()) {
                continue;
            }
            if (introduced[i] || hits[i].label() == BlockRule.Label.METADATA && inInfoBox(blocks, verdicts, i)) {
                verdicts[i] = null;
            }
        }
    }

    /** Block {@code i} is one line of a run of adjacent short lines that gives a time or a price elsewhere. */
    private static boolean inInfoBox(List<Block> blocks, Verdict[] verdicts, int i) {
        int first = i;
        while (first > 0 && blocks.get(first - 1).lineNo() == blocks.get(first).lineNo() - 1) {
            first--;
        }
        int others = 0;
        boolean timeOrPrice = false;
        for (int j = first; j < blocks.size() && (j == first || blocks.get(j).lineNo() == blocks.get(j - 1).lineNo() + 1);
             j++) {
            Block b = blocks.get(j);
            boolean kept = verdicts[j] == null || !verdicts[j].removes();
            if (j != i && kept && b.words() <= BOX_LINE_WORDS && !b.sentence()) {
                others++;
                timeOrPrice |= TIME_OR_PRICE.matcher(b.text()).find();
            }
        }
        return others >= MIN_BOX_OTHERS && timeOrPrice;
    }
}
