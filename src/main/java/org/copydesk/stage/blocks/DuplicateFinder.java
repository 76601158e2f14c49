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
    /** A teaser ending in a full stop is only trusted when it is this long. */
    private static final int LONG_TEASER_WORDS = 15;

    void mark(List<Block> blocks, Verdict[] verdicts, boolean[] joinsNext) {
        int n = blocks.size();
        List<List<String>> words = new ArrayList<>(n);
        Map<String, Integer> firstCopy = new HashMap<>();
        Map<String, List<Integer>> byOpening = new HashMap<>();
        for (int i = 0; i < n; i++) {
            boolean candidate = (verdicts[i] == null || verdicts[i].label().equals("caption"))
                    && !(i > 0 && joinsNext[i - 1]) && !joinsNext[i];
            List<String> w = candidate ? words(blocks.get(i).text()) : List.of();
            if (w.size() < RUN_LINE_WORDS && !standsAlone(blocks, i)) {
                w = List.of(); // a repeated line of verse or a refrain in a list is the author's
            }
            words.add(w);
            if (w.size() >= MIN_TEASER_WORDS) {
                byOpening.computeIfAbsent(String.join(" ", w.subList(0, MIN_TEASER_WORDS)), k -> new ArrayList<>())
                        .add(i);
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
        for (List<Integer> group : byOpening.values()) {
            for (int a : group) {
                if (verdicts[a] != null && verdicts[a].removes()) {
                    continue;
                }
                for (int b : group) {
                    if (b != a && startsWith(words.get(b), words.get(a))) {
                        markTeaser(blocks.get(a), blocks.get(b), words.get(a).size(), verdicts);
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

    private static boolean startsWith(List<String> longer, List<String> prefix) {
        return longer.size() > prefix.size() && longer.subList(0, prefix.size()).equals(prefix);
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
