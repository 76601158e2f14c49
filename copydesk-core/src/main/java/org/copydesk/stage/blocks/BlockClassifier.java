package org.copydesk.stage.blocks;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Labels the blocks of one text: pattern rows first, then "list" rows take
 * the title lines under their header, then duplicates among what is left.
 * Lines of a hard-wrapped paragraph are prose and never chrome.
 */
final class BlockClassifier {
    /** Datelines are only looked for in the first few body blocks: the top of the story. */
    private static final int DATELINE_REACH = 5;
    /** A "Related" list rarely runs longer; past this the lines are likely something else. */
    private static final int MAX_LIST_ITEMS = 12;
    /** A line this long without closing punctuation is a wrapped line, not a title. */
    private static final int WRAP_WIDTH = 60;
    /** Below the story, label lines of up to this many words among chrome are chrome. */
    private static final int FURNITURE_WORDS = 4;
    /** Shorter lines are labels or verse; a lower-case line under them does not continue them. */
    private static final int SHORT_LINE = 30;

    private final BlockRules rules;
    private final MetadataReader reader;
    private final ChromeLineClassifier lines;

    BlockClassifier(BlockRules rules, MetadataReader reader) {
        this.rules = rules;
        this.reader = reader;
        this.lines = new ChromeLineClassifier(reader, this::removedAlone, this::removedWithColon);
    }

    /**
     * A row that heads a list of links to other stories ("Related", "Don't miss") or a read-more row
     * removes {@code label} on its own line: before a title it is that link's kicker. Not the rows of
     * one-word buttons ("Report", "Save", "Print"): before a title those are the story's own kicker.
     */
    private boolean removedAlone(String label) {
        return rules.firstMatch(Block.label(label), false, reader, false)
                .filter(h -> h.rule().label() == BlockRule.Label.BOILERPLATE
                        && (h.rule().scope() == BlockRule.Scope.LIST || h.rule().id().equals("READ_MORE")))
                .isPresent();
    }

    /**
     * A row written with a colon ("Watch: ...") removes the line with the label's separator read as one:
     * pages write "Watch — A title", "Watch | A title" and "Watch » A title" for the same link. Not a
     * news bar's row: "Breaking — A title" is the story's own kicker.
     */
    private boolean removedWithColon(String label, String rest) {
        return rules.firstMatch(Block.label(label + ": " + rest), false, reader, false)
                .filter(h -> h.rule().label() == BlockRule.Label.BOILERPLATE && !h.rule().id().equals("NEWS_BAR"))
                .isPresent();
    }

    /** One verdict per block; null where the block is plain body. */
    Verdict[] classify(List<Block> blocks) {
        return classify(blocks, TemplateLines.none());
    }

    /** As {@link #classify(List)}, with the lines that recur across the tree as evidence. */
    Verdict[] classify(List<Block> blocks, TemplateLines templates) {
        int n = blocks.size();
        boolean[] code = CodeBlocks.mark(blocks);
        boolean[] joinsNext = new boolean[n];
        for (int i = 0; i + 1 < n; i++) {
            joinsNext[i] = joins(blocks.get(i), blocks.get(i + 1));
        }
        Verdict[] verdicts = new Verdict[n];
        BlockRule[] listHeads = new BlockRule[n];
        BlockRule[] hits = new BlockRule[n];
        boolean datelineSeen = false;
        int bodySoFar = 0;
        for (int i = 0; i < n; i++) {
            boolean continues = i > 0 && joinsNext[i - 1];
            boolean wrapped = continues || joinsNext[i];
            boolean datelines = !datelineSeen && bodySoFar < DATELINE_REACH && !continues;
            boolean subheadPosition = i > 0 && i + 1 < n && blocks.get(i - 1).sentence()
                    && blocks.get(i + 1).bodyParagraph();
            Optional<BlockRules.Hit> hit = code[i] ? Optional.empty() : wrapped
                    ? wrappedMatch(blocks.get(i), datelines)
                    : rules.firstMatch(blocks.get(i), subheadPosition, reader, datelines);
            if (hit.isPresent()) {
                BlockRule rule = hit.get().rule();
                hits[i] = rule;
                verdicts[i] = new Verdict(rule.label().removedLabel(), rule.id(), rule.confidence(),
                        "matches " + rule.where(), hit.get().metadata());
                datelineSeen |= rule.label() == BlockRule.Label.DATELINE;
                if (rule.scope() == BlockRule.Scope.LIST) {
                    listHeads[i] = rule;
                }
            }
            if (verdicts[i] == null || !verdicts[i].removes()) {
                bodySoFar++;
            }
        }
        ContentContext.keepContent(blocks, verdicts, hits);
        int firstProse = -1;
        int lastProse = -1;
        for (int i = 0; i < n; i++) {
            boolean kept = verdicts[i] == null || !verdicts[i].removes();
            if (kept && (blocks.get(i).sentence() || wrapped(joinsNext, i))) {
                firstProse = firstProse < 0 ? i : firstProse;
                lastProse = i;
            }
        }
        for (int i = 0; i < n; i++) {
            // above the story a "Don't miss" header is followed by the headline, not by a list
            if (listHeads[i] != null && verdicts[i] != null && firstProse >= 0 && i > firstProse) {
                takeListItems(blocks, verdicts, joinsNext, code, i, listHeads[i]);
            }
        }
        if (lastProse >= 0) {
            markFooterFurniture(blocks, verdicts, joinsNext, code, lastProse);
        }
        // what no row names is weighed line by line, after the rows so their verdicts set the story's edges
        lines.mark(blocks, verdicts, joinsNext, code, templates);
        reportLinesOfKeptEntries(blocks, verdicts);
        new DuplicateFinder().mark(blocks, verdicts, joinsNext, code);
        markSecondCopies(blocks, verdicts, code);
        OrphanFurniture.mark(blocks, verdicts, code, rules, reader);
        return verdicts;
    }

    /**
     * Below the story, once page chrome has begun, the short label lines among
     * it ("Sitemap", "Gift article") are chrome too even when no row names them.
     */
    private static void markFooterFurniture(List<Block> blocks, Verdict[] verdicts, boolean[] joinsNext,
                                            boolean[] code, int lastProse) {
        boolean chromeBegun = false;
        for (int i = lastProse + 1; i < blocks.size(); i++) {
            if (verdicts[i] != null) {
                chromeBegun |= verdicts[i].removes();
                continue;
            }
            Block b = blocks.get(i);
            char first = b.text().charAt(0);
            boolean label = b.words() <= FURNITURE_WORDS && Block.lastSignificant(b.text()) != '.'
                    && first != '"' && first != '\'' && !wrapped(joinsNext, i);
            if (chromeBegun && label && !code[i]) {
                verdicts[i] = new Verdict("boilerplate", "FOOTER_FURNITURE", 0.8,
                        "short label among page chrome below the story", Map.of());
            }
        }
    }

    /** What a scored removal's confidence becomes inside an entry whose other lines stay: under the apply threshold. */
    private static final double ENTRY_DISCOUNT = 0.6;

    /**
     * A line the scores took for chrome, set right above a kept line that is no sentence (adjacent) and under another
     * (at most one blank line up), is one line of an entry whose other lines are content: a book's author between its
     * title and its ISBN, a talk's speaker between its title and its date. A page's byline stands over a date or
     * the story's first paragraph instead. Such a line is reported, not removed.
     */
    private static void reportLinesOfKeptEntries(List<Block> blocks, Verdict[] verdicts) {
        for (int i = 1; i + 1 < blocks.size(); i++) {
            Verdict v = verdicts[i];
            if (v == null || !v.removes() || !v.rule().equals(ChromeLineClassifier.RULE)) {
                continue;
            }
            Block above = blocks.get(i - 1);
            Block below = blocks.get(i + 1);
            boolean entry = below.lineNo() == blocks.get(i).lineNo() + 1 && blocks.get(i).lineNo() - above.lineNo() <= 2
                    && keptFieldLine(below, verdicts[i + 1]) && keptFieldLine(above, verdicts[i - 1]);
            if (entry) {
                verdicts[i] = v.scaled(ENTRY_DISCOUNT, "; but lines " + (above.lineNo() + 1) + " and "
                        + (below.lineNo() + 1) + " around it stay: one entry of a list whose other lines are content");
            }
        }
    }

    private static boolean keptFieldLine(Block b, Verdict v) {
        return (v == null || !v.removes()) && !b.sentence() && b.words() > 0;
    }

    /**
     * A short line printed again right next to itself, where the other copy is chrome, is chrome too: a page's
     * author box prints the name as a caption and again as a link ("Austin Ramzy" twice over the headline).
     * Right above a paragraph the second copy looks like a subhead, but a subhead never repeats the line above.
     */
    private static void markSecondCopies(List<Block> blocks, Verdict[] verdicts, boolean[] code) {
        for (int i = 0; i < blocks.size(); i++) {
            if (verdicts[i] != null || code[i] || blocks.get(i).words() > FURNITURE_WORDS) {
                continue;
            }
            for (int j : new int[] {i - 1, i + 1}) {
                if (j >= 0 && j < blocks.size() && verdicts[j] != null && verdicts[j].removes()
                        && Math.abs(blocks.get(j).lineNo() - blocks.get(i).lineNo()) <= 2
                        && blocks.get(j).text().equals(blocks.get(i).text())) {
                    Verdict v = verdicts[j];
                    verdicts[i] = v.carriedTo(v.confidence(), "the same line printed again next to line "
                            + (blocks.get(j).lineNo() + 1) + ", which is " + v.reason());
                    break;
                }
            }
        }
    }

    private static boolean wrapped(boolean[] joinsNext, int i) {
        return joinsNext[i] || i > 0 && joinsNext[i - 1];
    }

    /**
     * A line that seems wrapped into a paragraph is tried only as a dateline (near the top) and against the rows
     * whose match is a whole line that is never wrapped ({@code standalone}: a server notice ends "on line 12"
     * however long the line under it).
     */
    private Optional<BlockRules.Hit> wrappedMatch(Block block, boolean datelines) {
        Optional<BlockRules.Hit> dateline = datelines ? datelineOnly(block) : Optional.empty();
        return dateline.isPresent() ? dateline : rules.firstStandaloneMatch(block, reader);
    }

    private Optional<BlockRules.Hit> datelineOnly(Block block) {
        Optional<BlockRules.Hit> hit = rules.firstMatch(block, false, reader, true);
        return hit.filter(h -> h.rule().label() == BlockRule.Label.DATELINE);
    }

    /** Takes the title lines under a list header, stopping at prose or at a subhead that introduces prose. */
    private static void takeListItems(List<Block> blocks, Verdict[] verdicts, boolean[] joinsNext, boolean[] code,
                                      int head, BlockRule rule) {
        int taken = 0;
        for (int j = head + 1; j < blocks.size() && taken < MAX_LIST_ITEMS; j++) {
            if (verdicts[j] != null) {
                if (verdicts[j].removes()) {
                    continue;
                }
                return;
            }
            Block item = blocks.get(j);
            if (wrapped(joinsNext, j) || !item.titleLike() || code[j]) {
                return;
            }
            if (j + 1 < blocks.size() && verdicts[j + 1] == null && blocks.get(j + 1).bodyParagraph()) {
                return; // a title right above a paragraph of prose is that paragraph's subhead
            }
            verdicts[j] = new Verdict("boilerplate", rule.id(), Math.max(0, rule.confidence() - 0.05),
                    "item of the list headed by line " + (blocks.get(head).lineNo() + 1), Map.of());
            taken++;
        }
    }

    /**
     * The second line continues the first as part of one hard-wrapped
     * paragraph: the first stops mid-sentence and the second goes on in lower
     * case, or both are long lines of words (a wrap at a fixed width).
     */
    static boolean joins(Block a, Block b) {
        if (b.lineNo() != a.lineNo() + 1 || a.terminal()) {
            return false;
        }
        if (LineCues.standaloneSeparators(a.text()) >= 2) {
            return false; // a line cut into items by separators is a menu or a button row, not wrapped prose
        }
        // a continuation has words of prose, or is the short last line of its paragraph
        boolean prose = b.words() >= 2 || b.terminal();
        int width = a.raw().length();
        char end = a.raw().charAt(a.raw().length() - 1);
        char start = b.raw().charAt(0);
        boolean midSentence = Character.isLetterOrDigit(end) || end == ',';
        return Character.isLowerCase(start) && width >= SHORT_LINE && prose
                || width >= WRAP_WIDTH && midSentence && Character.isLetter(start)
                && (b.raw().length() >= SHORT_LINE + 10 || b.terminal())
                // a line wrapped at a fixed width is no shorter than the next: a paragraph of prose far
                // longer than the line above it was never wrapped, so that line stands on its own
                && b.raw().length() <= 2 * width;
    }
}
