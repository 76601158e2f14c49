package org.copydesk.stage.blocks;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The pieces a page's template sets on lines of their own around a value the other rules remove, which
 * mean nothing once the value is gone: the label of a field ("PUBLISHED:" over "11:19 EST, 3 September
 * 2012"), a separator between two removed fields ("|"), and "By" alone over the author's name (a byline
 * the template broke in two, tried as one line against the byline rows). Each goes with its value, under
 * the value's label (metadata stays in the structured output); nothing is taken that is not next to a
 * removed line or a byline.
 */
final class OrphanFurniture {
    /** A field's label: one to three words and a colon, no digits ("Published:", "Last updated:"). */
    private static final Pattern FIELD_LABEL = Pattern.compile("\\p{L}+(?: \\p{L}+){0,2}\\s*:");
    /**
     * A separator alone: bars and slashes, three at most ("|", "//"). Not a bullet ("*", "•", "-"): alone on its
     * line a bullet is a list item that lost its line break, whatever stands around it.
     */
    private static final Pattern SEPARATOR = Pattern.compile("[|/\u00a6]{1,3}");
    /** The words that open a byline when the name went to the next line. */
    private static final Pattern BYLINE_LEAD = Pattern.compile("(?i:by|written by|words by|story by|reported by)");
    private static final String BYLINE = "BYLINE";

    private OrphanFurniture() {
    }

    static void mark(List<Block> blocks, Verdict[] verdicts, boolean[] code, BlockRules rules, MetadataReader reader) {
        splitBylines(blocks, verdicts, code, rules, reader);
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block b = blocks.get(i);
            Verdict value = verdicts[i + 1];
            if (verdicts[i] == null && !code[i] && FIELD_LABEL.matcher(b.text().strip()).matches()
                    && value != null && value.removes() && value.label().equals("metadata")
                    && blocks.get(i + 1).lineNo() - b.lineNo() <= 2) {
                verdicts[i] = value.carriedTo(value.confidence(), "the label of line "
                        + (blocks.get(i + 1).lineNo() + 1) + ", whose value is removed: " + value.reason());
            }
        }
        for (int i = 1; i + 1 < blocks.size(); i++) {
            Verdict before = verdicts[i - 1];
            Verdict after = verdicts[i + 1];
            if (verdicts[i] == null && !code[i] && SEPARATOR.matcher(blocks.get(i).text().strip()).matches()
                    && before != null && before.removes() && after != null && after.removes()) {
                verdicts[i] = before.carriedTo(Math.min(before.confidence(), after.confidence()),
                        "a separator between two removed lines");
            }
        }
    }

    /** "By" alone over a line the byline rows read as its name ("By" / "Chris Brooke"): one byline on two lines. */
    private static void splitBylines(List<Block> blocks, Verdict[] verdicts, boolean[] code, BlockRules rules,
                                     MetadataReader reader) {
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block lead = blocks.get(i);
            Block name = blocks.get(i + 1);
            String leadText = lead.text().strip();
            if (verdicts[i] != null || code[i] || code[i + 1] || name.lineNo() != lead.lineNo() + 1
                    || !BYLINE_LEAD.matcher(leadText).matches()
                    || verdicts[i + 1] != null && !verdicts[i + 1].removes()) {
                continue;
            }
            String joined = leadText.substring(0, 1).toUpperCase(Locale.ROOT) + leadText.substring(1) + " "
                    + name.text().strip();
            Optional<BlockRules.Hit> hit = rules.firstMatch(Block.label(joined), false, reader, false);
            if (hit.isEmpty() || !hit.get().rule().id().equals(BYLINE)) {
                continue;
            }
            BlockRule rule = hit.get().rule();
            Verdict v = new Verdict(rule.label().removedLabel(), rule.id(), rule.confidence(), "'" + leadText
                    + "' alone over line " + (name.lineNo() + 1) + ": one byline on two lines, matches " + rule.where(),
                    hit.get().metadata());
            verdicts[i] = v;
            if (verdicts[i + 1] == null) {
                verdicts[i + 1] = v.carriedTo(v.confidence(), "the name of the byline '" + leadText + "' on line "
                        + (lead.lineNo() + 1) + " opens");
            }
        }
    }
}
