package org.copydesk.stage.blocks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Blocks printed twice: a headline or paragraph repeated word for word (the
 * later copy goes), and a teaser that is the first part of a later paragraph
 * (the cut copy goes, the whole one stays). Words are compared, not
 * characters, so quote style and spacing do not matter.
 */
final class DuplicateFinder {
    /** Shorter repeated lines ("Yes.", a name) are too often legitimate. */
    private static final int MIN_WORDS = 5;
    /** Lines repeated verbatim from this length on are safe to drop even when quoted. */
    private static final int SURE_WORDS = 8;
    /** A teaser must carry at least this many words of the paragraph it cuts. */
    private static final int MIN_TEASER_WORDS = 8;
    /** Lines in a run without blank lines between them (a stanza, a list) count only from this length. */
    private static final int RUN_LINE_WORDS = 12;
    /** Words a dateline may put before the text its teaser starts with ("LISBON, May 2 (Lusa) -"). */
    private static final int MAX_DATELINE_WORDS = 8;
    /** A teaser ending in a full stop is only trusted when it is this long. */
    private static final int LONG_TEASER_WORDS = 15;

    void mark(List<Block> blocks, Verdict[] verdicts, boolean[] joinsNext) {
        int n = blocks.size();
        List<List<String>> words = new ArrayList<>(n);
        Map<String, Integer> firstCopy = new HashMap<>();
        Map<String, List<int[]>> byOpening = new HashMap<>();
        for (int i = 0; i < n; i++) {
            boolean candidate = (verdicts[i] == null || !verdicts[i].removes() || verdicts[i].label().equals("caption"))
                    && !(i > 0 && joinsNext[i - 1]) && !joinsNext[i];
            List<String> w = candidate ? words(blocks.get(i).text()) : List.of();
            if (w.size() < RUN_LINE_WORDS && !standsAlone(blocks, i)) {
                w = List.of(); // a repeated line of verse or a refrain in a list is the author's
            }
            words.add(w);
            // a whole paragraph may open with a dateline its teaser lacks, so index a few starting words
            for (int offset = 0; offset <= MAX_DATELINE_WORDS && offset + MIN_TEASER_WORDS <= w.size(); offset++) {
                byOpening.computeIfAbsent(String.join(" ", w.subList(offset, offset + MIN_TEASER_WORDS)),
                        k -> new ArrayList<>()).add(new int[] {i, offset});
            }
        }
        for (int i = 0; i < n; i++) {
            List<String> w = words.get(i);
            if (w.size() < MIN_WORDS) {
                continue;
            }
            String key = String.join(" ", w);
            Integer first = firstCopy.putIfAbsent(key, i);
            Block block = blocks.get(i);
            boolean quoted = block.text().startsWith("\"") || block.text().startsWith("'");
            if (first != null && (w.size() >= SURE_WORDS || !quoted)) {
                verdicts[i] = new Verdict(Verdict.DUPLICATE, "DUPLICATE_BLOCK", w.size() >= SURE_WORDS ? 0.95 : 0.85,
                        "repeats line " + (blocks.get(first).lineNo() + 1), Map.of());
            }
        }
        for (List<int[]> group : byOpening.values()) {
            for (int[] a : group) {
                if (a[1] != 0 || verdicts[a[0]] != null && verdicts[a[0]].removes()) {
                    continue;
                }
                for (int[] b : group) {
                    if (b[0] != a[0] && contains(words.get(b[0]), b[1], words.get(a[0]))) {
                        markTeaser(blocks.get(a[0]), blocks.get(b[0]), words.get(a[0]).size(), verdicts);
                        break;
                    }
                }
            }
        }
    }

    private static boolean standsAlone(List<Block> blocks, int i) {
        int line = blocks.get(i).lineNo();
        boolean above = i > 0 && blocks.get(i - 1).lineNo() == line - 1;
        boolean below = i + 1 < blocks.size() && blocks.get(i + 1).lineNo() == line + 1;
        return !above && !below;
    }

    private static void markTeaser(Block teaser, Block whole, int size, Verdict[] verdicts) {
        double confidence;
        if (teaser.ellipsis() || !teaser.terminal()) {
            confidence = 0.9;
        } else if (size >= LONG_TEASER_WORDS) {
            confidence = 0.8;
        } else {
            return;
        }
        verdicts[teaser.index()] = new Verdict(Verdict.DUPLICATE, "DUPLICATE_TEASER", confidence,
                "cut copy of the paragraph at line " + (whole.lineNo() + 1), Map.of());
    }

    /** {@code part} is in {@code whole} at {@code offset}, and {@code whole} goes on after it. */
    private static boolean contains(List<String> whole, int offset, List<String> part) {
        return whole.size() > offset + part.size() && whole.subList(offset, offset + part.size()).equals(part);
    }

    /** Lower-case runs of letters and digits. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                int start = i;
                while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            } else {
                i += Character.charCount(cp);
            }
        }
        return out;
    }
}
