package org.copydesk.stage.blocks;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.copydesk.text.LineKind;
import org.copydesk.text.TextAnalysis;

/**
 * Which blocks are code, program output or preformatted text, where no chrome
 * pattern and no duplicate test applies: a C {@code #endif} is not a hashtag,
 * a printed {@code 1 / 0} is not a gallery counter, and a tutorial prints the
 * same output twice on purpose.
 *
 * <p>Evidence, from the layout of the document rather than from the words of a
 * line (chrome lines are symbol-dense too, so the shared analysis' CODE kind
 * alone is not enough at column 0):
 * <ul>
 * <li>indented four or more columns (preformatted text, a Markdown code block);</li>
 * <li>indented at all and CODE by the shared analysis (an interpreter prompt, a statement);</li>
 * <li>indented at all right under a line of code (the output of a session);</li>
 * <li>inside a literal block: under a line that ends in {@code ::} or is a reST directive
 *     ({@code .. code-block:: bash}), indented deeper than it;</li>
 * <li>between Markdown fences ({@code ```}).</li>
 * </ul>
 * Indentation counts from the document's own margin, the indentation most of its sentences
 * have: a text dump that indents every line by three spaces is not all preformatted. A
 * bulleted line is a list item, not code, unless it continues a block of code.
 */
final class CodeBlocks {
    /** Indentation from which a line is preformatted whatever it says (Markdown's and the analysis' rule). */
    static final int PREFORMATTED_INDENT = 4;
    /** Share of the prose sentences that must sit at one indentation for it to be the text's margin. */
    private static final double SHARED_MARGIN = 0.8;
    /** Fewer sentences say nothing about a margin. */
    private static final int MIN_MARGIN_SENTENCES = 3;

    private CodeBlocks() {
    }

    static boolean[] mark(List<Block> blocks) {
        int n = blocks.size();
        boolean[] code = new boolean[n];
        boolean fenced = false;
        int margin = margin(blocks);
        int literalIndent = -1; // indentation of the line that opened a literal block, -1 outside one
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            int indent = Math.max(0, b.indent() - margin);
            if (b.raw().startsWith("```") || b.raw().startsWith("~~~")) {
                code[i] = true;
                fenced = !fenced;
                continue;
            }
            if (literalIndent >= 0 && indent <= literalIndent) {
                literalIndent = -1;
            }
            boolean underCode = i > 0 && code[i - 1] && blocks.get(i - 1).lineNo() == b.lineNo() - 1;
            code[i] = fenced || literalIndent >= 0 || indent > 0 && underCode
                    || !b.bulleted() && (indent >= PREFORMATTED_INDENT || indent > 0 && b.kind() == LineKind.CODE);
            if (TextAnalysis.opensLiteralBlock(b.raw())) {
                literalIndent = indent;
                code[i] |= b.raw().startsWith("..");
            }
        }
        return code;
    }

    /**
     * The indentation nearly all prose sentences of the text share (a dump that indents every line),
     * else 0: prose at several depths (notes, quotations) leaves the margin at the left edge.
     */
    private static int margin(List<Block> blocks) {
        Map<Integer, Integer> counts = new TreeMap<>();
        int sentences = 0;
        for (Block b : blocks) {
            if (b.sentence() && b.kind() != LineKind.CODE) {
                counts.merge(b.indent(), 1, Integer::sum);
                sentences++;
            }
        }
        for (var e : counts.entrySet()) {
            if (sentences >= MIN_MARGIN_SENTENCES && e.getValue() >= SHARED_MARGIN * sentences) {
                return e.getKey();
            }
        }
        return 0;
    }

}
