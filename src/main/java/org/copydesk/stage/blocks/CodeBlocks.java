package org.copydesk.stage.blocks;

import java.util.List;
import org.copydesk.text.LineKind;

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
 */
final class CodeBlocks {
    /** Indentation from which a line is preformatted whatever it says (Markdown's and the analysis' rule). */
    static final int PREFORMATTED_INDENT = 4;

    private CodeBlocks() {
    }

    static boolean[] mark(List<Block> blocks) {
        int n = blocks.size();
        boolean[] code = new boolean[n];
        boolean fenced = false;
        int literalIndent = -1; // indentation of the line that opened a literal block, -1 outside one
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            if (b.raw().startsWith("```") || b.raw().startsWith("~~~")) {
                code[i] = true;
                fenced = !fenced;
                continue;
            }
            if (literalIndent >= 0 && b.indent() <= literalIndent) {
                literalIndent = -1;
            }
            boolean underCode = i > 0 && code[i - 1] && blocks.get(i - 1).lineNo() == b.lineNo() - 1;
            code[i] = fenced || literalIndent >= 0
                    || b.indent() >= PREFORMATTED_INDENT
                    || b.indent() > 0 && (b.kind() == LineKind.CODE || underCode);
            if (opensLiteralBlock(b)) {
                literalIndent = b.indent();
                code[i] |= b.raw().startsWith("..");
            }
        }
        return code;
    }

    /** A reST paragraph ending in "::" or a directive (".. code-block:: python", ".. note::"). */
    private static boolean opensLiteralBlock(Block b) {
        String raw = b.raw();
        return raw.endsWith("::") || raw.startsWith(".. ") && raw.indexOf("::") > 3;
    }
}
