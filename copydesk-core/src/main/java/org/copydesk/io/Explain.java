package org.copydesk.io;

import java.util.Locale;
import java.io.PrintStream;
import org.copydesk.CleanResult;
import org.copydesk.Edit;
import org.copydesk.Finding;
import org.copydesk.Removed;

/** The edit log as a person reads it: one line per edit, finding and removed block. */
public final class Explain {
    private Explain() {
    }

    public static void print(CleanResult r, String source, PrintStream out) {
        LineIndex idx = new LineIndex(r.input());
        out.printf(Locale.ROOT, "%s: %d edits, %d findings, %d removed blocks%n", source, r.edits().size(),
                r.findings().size(), r.removed().size());
        // a removal is also an edit; it is listed once, as a removed block
        java.util.Set<java.util.List<Integer>> removedSpans = new java.util.HashSet<>();
        for (Removed b : r.removed()) {
            removedSpans.add(java.util.List.of(b.start(), b.end()));
        }
        for (Edit e : r.edits()) {
            if (e.replacement().isEmpty() && removedSpans.contains(java.util.List.of(e.start(), e.end()))) {
                continue;
            }
            out.printf(Locale.ROOT, "  %-7s edit    %s/%s [%s %.2f] \"%s\" -> \"%s\"%s%n", idx.position(e.start()), e.stage(),
                    e.rule(), e.category(), e.confidence(), visible(e.original()), visible(e.replacement()),
                    e.reason() == null || e.reason().isEmpty() ? "" : "  (" + e.reason() + ")");
        }
        for (Removed b : r.removed()) {
            out.printf(Locale.ROOT, "  %-7s removed %s [%s] \"%s\"%n", idx.position(b.start()), b.rule(), b.label(),
                    visible(abbreviate(b.text().strip())));
        }
        for (Finding f : r.findings()) {
            out.printf(Locale.ROOT, "  %-7s finding %s/%s [%s %.2f] \"%s\": %s%s%n", idx.position(f.start()), f.stage(), f.rule(),
                    f.category(), f.confidence(), visible(abbreviate(f.text())), f.message(),
                    f.suggestion() == null ? "" : " (suggest \"" + visible(f.suggestion()) + "\")");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 70 ? s.substring(0, 67) + "..." : s;
    }

    /** Shows invisible characters so that an edit of one is readable. */
    static String visible(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                    || Character.isSpaceChar(cp) && cp != ' ') {
                sb.append(String.format(Locale.ROOT, "<U+%04X>", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
