package org.copydesk.text;

/**
 * The indentation a text's own prose sits at. Some pages indent every paragraph ("     Tunisia's central
 * bank raised ..."), and a text dump may indent every line: there indentation says nothing about code, and
 * a line is preformatted only when indented beyond that margin. Without it every paragraph of such a page
 * was read as a code block and no prose rule looked at it.
 *
 * <p>Evidence: the lines that read as sentences by their words alone (six words or more, a final stop, and
 * not code by {@link LineClassifier#readsAsCode}). When nearly all of them ({@link #SHARED}) sit at one
 * indentation, at least {@link #MIN_SENTENCES} of them, that is the margin; prose at several depths
 * (quotations, notes, a manual's verbatim paragraphs) leaves it at the left edge.
 */
final class TextMargin {
    /** Share of the sentence lines that must sit at one indentation for it to be the text's margin. */
    private static final double SHARED = 0.8;
    /** Fewer sentence lines say nothing about a margin. */
    private static final int MIN_SENTENCES = 3;
    private static final int MIN_WORDS = 6;

    private TextMargin() {
    }

    /** The margin of {@code text} in leading whitespace characters, 0 when it has none. */
    static int of(String text) {
        if (!anyLineIndented(text)) {
            return 0; // most texts: no sentence can sit anywhere but the left edge
        }
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        int sentences = 0;
        int indented = 0;
        int start = 0;
        LiteralLayout layout = new LiteralLayout();
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
            start = end + 1;
            // a program's output in a fenced or literal block reads like sentences too ("... GET  Hello from app!")
            int indent = LiteralLayout.indentOf(line);
            if (layout.holds(line, indent)) {
                continue;
            }
            if (LiteralLayout.opensLiteralBlock(line.strip())) {
                layout.openLiteral(indent);
                continue;
            }
            if (isSentence(line)) {
                counts.merge(indent, 1, Integer::sum);
                sentences++;
                indented += indent > 0 ? 1 : 0;
            }
        }
        if (sentences < MIN_SENTENCES || indented < SHARED * sentences) {
            return 0;
        }
        for (var e : counts.entrySet()) {
            if (e.getKey() > 0 && e.getValue() >= SHARED * sentences) {
                return e.getKey();
            }
        }
        return 0;
    }

    /** The line without the margin's leading whitespace; a line indented less keeps what it has. */
    static String strip(String line, int margin) {
        return margin == 0 ? line : line.substring(Math.min(margin, LiteralLayout.indentOf(line)));
    }

    /** Some line starts with a space or a tab. */
    private static boolean anyLineIndented(String text) {
        return !text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(0) == '\t')
                || text.contains("\n ") || text.contains("\n\t");
    }

    private static boolean isSentence(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        int last = s.length() - 1;
        while (last > 0 && "\"'”’)".indexOf(s.charAt(last)) >= 0) {
            last--;
        }
        return ".!?".indexOf(s.charAt(last)) >= 0 && s.split("\\s+").length >= MIN_WORDS
                && !LineClassifier.readsAsCode(s);
    }
}
