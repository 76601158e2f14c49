package org.copydesk.batch.report;

import java.util.Locale;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Renders the input text with its marks as HTML. Marks from later stages
 * cover whole earlier edits (the offset map widens them), so marks nest:
 * they are laid out as a tree, outer first. A mark that crosses another, or
 * lies past the shown part of a long text, is returned as left over, to be
 * listed instead.
 */
final class MarkedText {
    private static final int MAX_DEPTH = 32;

    private final String input;
    private final int shown;
    private final StringBuilder out;
    private final List<Mark> leftOver = new ArrayList<>();

    private record Node(Mark mark, List<Node> children) {
    }

    private MarkedText(String input, int shown, StringBuilder out) {
        this.input = input;
        this.shown = shown;
        this.out = out;
    }

    /** Appends {@code input[0, shown)} with the marks that fit; returns the marks that did not. */
    static List<Mark> render(String input, List<Mark> marks, int shown, StringBuilder out) {
        MarkedText t = new MarkedText(input, shown, out);
        Node root = t.tree(marks);
        t.emit(0, shown, root.children(), Context.PLAIN);
        return t.leftOver;
    }

    private Node tree(List<Mark> marks) {
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed())
                .thenComparingInt(Mark::seq));
        Node root = new Node(new Mark(Mark.Kind.FINDING, 0, shown, "", 0, "", "", null, null, -1), new ArrayList<>());
        Deque<Node> open = new ArrayDeque<>();
        open.push(root);
        for (Mark m : sorted) {
            if (m.end() > shown) {
                leftOver.add(m);
                continue;
            }
            while (open.size() > 1 && ends(open.peek().mark(), m)) {
                open.pop();
            }
            Node parent = open.peek();
            if (!parent.mark().contains(m) || open.size() > MAX_DEPTH) {
                leftOver.add(m);
                continue;
            }
            Node node = new Node(m, new ArrayList<>());
            parent.children().add(node);
            open.push(node);
        }
        return root;
    }

    /** True when {@code m} starts where {@code outer} is over; a point mark contains nothing. */
    private static boolean ends(Mark outer, Mark m) {
        return outer.end() <= m.start();
    }

    private enum Context { PLAIN, DELETED, INSERTED }

    private void emit(int from, int to, List<Node> children, Context ctx) {
        int pos = from;
        for (Node child : children) {
            Mark m = child.mark();
            text(input, pos, m.start(), ctx);
            emit(child, ctx);
            pos = Math.max(pos, m.end());
        }
        text(input, pos, to, ctx);
    }

    private void emit(Node node, Context ctx) {
        Mark m = node.mark();
        String original = input.substring(m.start(), m.end());
        String attrs = String.format(java.util.Locale.ROOT, " data-fam=\"%s\" data-conf=\"%.2f\" data-rule=\"%s\" data-stage=\"%s\" title=\"%s\" tabindex=\"0\"",
                Html.escape(m.family()), m.confidence(), Html.escape(m.rule()), Html.escape(m.stage() == null ? "" : m.stage()),
                Html.escape(m.title(original)));
        switch (m.kind()) {
            case EDIT -> {
                out.append("<span class=\"m ed\"").append(attrs).append("><del>");
                emit(m.start(), m.end(), node.children(), Context.DELETED);
                out.append("</del><ins>");
                text(m.replacement(), 0, m.replacement().length(), Context.INSERTED);
                out.append("</ins></span>");
            }
            case REMOVED -> {
                out.append("<span class=\"m rm\"").append(attrs).append("><s>");
                emit(m.start(), m.end(), node.children(), Context.DELETED);
                out.append("</s></span>");
            }
            case FINDING -> {
                out.append("<mark class=\"m fd").append(m.start() == m.end() ? " pt" : "").append('"').append(attrs)
                        .append('>');
                emit(m.start(), m.end(), node.children(), ctx);
                out.append("</mark>");
            }
        }
    }

    /**
     * Escapes text and makes invisible characters visible: controls and
     * format characters everywhere, odd spaces inside edits; a deleted line
     * break shows as ↵ without breaking the line, so lines read as they end up.
     */
    private void text(String s, int from, int to, Context ctx) {
        int i = from;
        while (i < to) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp == '\n') {
                out.append(ctx == Context.PLAIN ? "\n" : ctx == Context.DELETED ? "<span class=\"cc\">↵</span>"
                        : "<span class=\"cc\">↵</span>\n");
            } else if (cp == '\t') {
                out.append('\t');
            } else if (cp == '\r') {
                out.append("<span class=\"cc\" title=\"U+000D carriage return\">CR</span>");
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.SURROGATE
                    || ctx != Context.PLAIN && Character.isSpaceChar(cp) && cp != ' ') {
                String hex = String.format(Locale.ROOT, "%04X", cp);
                out.append("<span class=\"cc\" title=\"U+").append(hex).append("\">⟨").append(hex).append("⟩</span>");
            } else {
                Html.escape(s, i, i + n, out);
            }
            i += n;
        }
    }
}
