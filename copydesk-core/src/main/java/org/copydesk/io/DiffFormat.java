package org.copydesk.io;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.copydesk.CleanResult;
import org.copydesk.Edit;

/**
 * A unified diff of the whole input against the clean text, as {@code diff -u} would write it: one
 * {@code --- a/PATH} / {@code +++ b/PATH} header, hunks in order with three lines of context, and
 * "\ No newline at end of file" where a last line has none, so {@code patch -p1} and {@code git apply}
 * take it. Before the header, one {@code #} comment line counts the edits by rule (patch tools skip
 * text before a header). An unchanged input gives no output, as with diff.
 */
public final class DiffFormat {
    static final int CONTEXT = 3;
    private static final String NO_NEWLINE = "\\ No newline at end of file\n";

    private DiffFormat() {
    }

    public static String render(CleanResult r, String source) {
        if (r.input().equals(r.text())) {
            return "";
        }
        String name = source == null ? "stdin" : stripLeadingSlashes(source.replace('\\', '/'));
        List<String> before = lines(r.input());
        List<String> after = lines(r.text());
        Patch<String> patch = DiffUtils.diff(before, after);
        StringBuilder sb = new StringBuilder();
        sb.append(ruleComment(r.edits()));
        sb.append("--- a/").append(name).append('\n').append("+++ b/").append(name).append('\n');
        List<AbstractDelta<String>> deltas = patch.getDeltas();
        int i = 0;
        while (i < deltas.size()) {
            int j = i;
            // deltas closer than twice the context share a hunk, as diff -u does
            while (j + 1 < deltas.size() && deltas.get(j + 1).getSource().getPosition()
                    - end(deltas.get(j)) <= 2 * CONTEXT) {
                j++;
            }
            hunk(sb, before, after, deltas.subList(i, j + 1));
            i = j + 1;
        }
        return sb.toString();
    }

    private static void hunk(StringBuilder sb, List<String> before, List<String> after, List<AbstractDelta<String>> deltas) {
        AbstractDelta<String> first = deltas.get(0);
        AbstractDelta<String> last = deltas.get(deltas.size() - 1);
        int srcStart = Math.max(0, first.getSource().getPosition() - CONTEXT);
        int srcEnd = Math.min(before.size(), end(last) + CONTEXT);
        int shiftStart = first.getTarget().getPosition() - first.getSource().getPosition();
        int tgtStart = srcStart + shiftStart;
        int shiftEnd = last.getTarget().getPosition() + last.getTarget().size() - end(last);
        int tgtEnd = srcEnd + shiftEnd;
        sb.append("@@ -").append(range(srcStart, srcEnd - srcStart)).append(" +").append(range(tgtStart, tgtEnd - tgtStart))
                .append(" @@\n");
        int at = srcStart;
        for (AbstractDelta<String> d : deltas) {
            for (; at < d.getSource().getPosition(); at++) {
                line(sb, ' ', before.get(at));
            }
            for (String l : d.getSource().getLines()) {
                line(sb, '-', l);
            }
            for (String l : d.getTarget().getLines()) {
                line(sb, '+', l);
            }
            at = end(d);
        }
        for (; at < srcEnd; at++) {
            line(sb, ' ', before.get(at));
        }
    }

    private static int end(AbstractDelta<String> d) {
        return d.getSource().getPosition() + d.getSource().size();
    }

    /** "start,count" with 1-based start; an empty range names the line before it, as diff does. */
    private static String range(int start, int count) {
        return (count == 0 ? start : start + 1) + "," + count;
    }

    private static void line(StringBuilder sb, char mark, String line) {
        sb.append(mark).append(line);
        if (!line.endsWith("\n")) {
            sb.append('\n').append(NO_NEWLINE);
        }
    }

    /** The text's lines, each with its "\n" (the last may have none), so a lost final newline is a change too. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            out.add(text.substring(start, end));
            start = end;
        }
        return out;
    }

    private static String stripLeadingSlashes(String path) {
        int i = 0;
        while (i < path.length() && path.charAt(i) == '/') {
            i++;
        }
        return path.substring(i);
    }

    private static String ruleComment(List<Edit> edits) {
        if (edits.isEmpty()) {
            return "";
        }
        Map<String, Integer> byRule = new TreeMap<>();
        for (Edit e : edits) {
            byRule.merge(e.stage() + "/" + e.rule(), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder("# copydesk: ").append(edits.size()).append(edits.size() == 1 ? " edit:" : " edits:");
        byRule.forEach((rule, n) -> sb.append(' ').append(rule).append(n > 1 ? " x" + n : "").append(','));
        sb.setLength(sb.length() - 1);
        return sb.append('\n').toString();
    }
}
