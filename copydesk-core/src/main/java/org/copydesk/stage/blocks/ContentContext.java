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
 * <li>a bare link right under the line that names it: a title or name that stays ("GNU Emacs",
 *     a book's title or ISBN line) and its address, and the links of a list that runs on under it.
 *     A manual's or a reading list's links are its content; a scraped page's bare links stand
 *     under prose (an embed), under chrome, or under a "Label: value" field.</li>
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

    /** A line that names a link: a title, a name or a book's entry line, not a paragraph. */
    private static final int MAX_LINK_LABEL_WORDS = 12;
    /** A bare address, bullet already stripped from the folded text. */
    private static final Pattern BARE_LINK = Pattern.compile("(?:https?://|www\\.)\\S+");

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
            boolean intro = aboveKept && introduces(above, block, hits[i - 1] != null);
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

    /**
     * {@code line} is what the kept line {@code above} introduces: prose ending in a colon ("For Windows, use this
     * build:") over the link or command, or a name or title over its bare address ({@link #namesLink}). The line
     * classifier's scores ask the same before they weigh a line. {@code aboveMatchedARow}: a row matched the line
     * above (its place kept it).
     */
    static boolean introduces(Block above, Block line, boolean aboveMatchedARow) {
        return Block.lastSignificant(above.text()) == ':' && above.words() >= MIN_INTRO_WORDS
                || namesLink(above, line, aboveMatchedARow);
    }

    /**
     * {@code link} is a bare address at most one blank line under {@code above}, a line that names it: short, not
     * a sentence, not a "Label: value" field ("Key words : the summit" is a page's index, its link a page's
     * link), or a bare link itself that stays (the list runs on). {@code aboveMatchedARow}: a line a row matched names
     * no link even where its place kept it.
     */
    private static boolean namesLink(Block above, Block link, boolean aboveMatchedARow) {
        if (link.lineNo() - above.lineNo() > 2 || !BARE_LINK.matcher(link.text()).matches()) {
            return false;
        }
        if (BARE_LINK.matcher(above.text()).matches()) {
            return above.bulleted() == link.bulleted();
        }
        return !aboveMatchedARow && above.words() <= MAX_LINK_LABEL_WORDS && !above.sentence()
                && !field(above.text()) && Block.lastSignificant(above.text()) != '?';
    }

    /** A "Label: value" line: a colon before a space or at the end (not the one of "https://"). */
    private static boolean field(String text) {
        for (int c = text.indexOf(':'); c >= 0; c = text.indexOf(':', c + 1)) {
            if (c + 1 == text.length() || Character.isWhitespace(text.charAt(c + 1))) {
                return true;
            }
        }
        return false;
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
