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

    private final BlockRules rules;
    private final MetadataReader reader;

    BlockClassifier(BlockRules rules, MetadataReader reader) {
        this.rules = rules;
        this.reader = reader;
    }

    /** One verdict per block; null where the block is plain body. */
    Verdict[] classify(List<Block> blocks) {
        int n = blocks.size();
        boolean[] joinsNext = new boolean[n];
        for (int i = 0; i + 1 < n; i++) {
            joinsNext[i] = joins(blocks.get(i), blocks.get(i + 1));
        }
        Verdict[] verdicts = new Verdict[n];
        BlockRule[] listHeads = new BlockRule[n];
        boolean datelineSeen = false;
        int bodySoFar = 0;
        for (int i = 0; i < n; i++) {
            boolean continues = i > 0 && joinsNext[i - 1];
            boolean wrapped = continues || joinsNext[i];
            boolean datelines = !datelineSeen && bodySoFar < DATELINE_REACH && !continues;
            Optional<BlockRules.Hit> hit = wrapped
                    ? (datelines ? datelineOnly(blocks.get(i)) : Optional.empty())
                    : rules.firstMatch(blocks.get(i), reader, datelines);
            if (hit.isPresent()) {
                BlockRule rule = hit.get().rule();
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
        for (int i = 0; i < n; i++) {
            if (listHeads[i] != null) {
                takeListItems(blocks, verdicts, joinsNext, i, listHeads[i]);
            }
        }
        new DuplicateFinder().mark(blocks, verdicts, joinsNext);
        return verdicts;
    }

    private Optional<BlockRules.Hit> datelineOnly(Block block) {
        Optional<BlockRules.Hit> hit = rules.firstMatch(block, reader, true);
        return hit.filter(h -> h.rule().label() == BlockRule.Label.DATELINE);
    }

    /** Takes the title lines under a list header, stopping at prose or at a subhead that introduces prose. */
    private static void takeListItems(List<Block> blocks, Verdict[] verdicts, boolean[] joinsNext, int head,
                                      BlockRule rule) {
        int taken = 0;
        for (int j = head + 1; j < blocks.size() && taken < MAX_LIST_ITEMS; j++) {
            if (verdicts[j] != null) {
                if (verdicts[j].removes()) {
                    continue;
                }
                return;
            }
            Block item = blocks.get(j);
            boolean wrapped = joinsNext[j - 1] || joinsNext[j];
            if (wrapped || !item.titleLike()) {
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

    /** The second line continues the first as part of one hard-wrapped paragraph. */
    static boolean joins(Block a, Block b) {
        if (b.lineNo() != a.lineNo() + 1 || a.terminal()) {
            return false;
        }
        char first = b.text().charAt(0);
        return Character.isLowerCase(first) || a.raw().length() >= WRAP_WIDTH;
    }
}
