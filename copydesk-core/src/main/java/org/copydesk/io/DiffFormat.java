package org.copydesk.io;

import java.util.Locale;
import java.util.List;
import org.copydesk.CleanResult;
import org.copydesk.Edit;

/**
 * A unified-style diff with one hunk per edit: the input line(s) it touched
 * and how they read with that edit alone applied, labelled with the rule.
 */
public final class DiffFormat {
    private DiffFormat() {
    }

    public static String render(CleanResult r, String source) {
        StringBuilder sb = new StringBuilder();
        String name = source == null ? "stdin" : source;
        sb.append("--- a/").append(name).append('\n').append("+++ b/").append(name).append('\n');
        String input = r.input();
        LineIndex idx = new LineIndex(input);
        List<Edit> edits = r.edits();
        for (Edit e : edits) {
            int lineStart = input.lastIndexOf('\n', Math.max(0, e.start() - 1)) + 1;
            if (e.start() == 0) {
                lineStart = 0;
            }
            int lineEnd = input.indexOf('\n', e.end());
            if (lineEnd < 0) {
                lineEnd = input.length();
            }
            String before = input.substring(lineStart, lineEnd);
            String after = input.substring(lineStart, e.start()) + e.replacement() + input.substring(e.end(), lineEnd);
            int line = idx.line(lineStart);
            sb.append(String.format(Locale.ROOT, "@@ -%d +%d @@ %s/%s %.2f%n", line, line, e.stage(), e.rule(), e.confidence()));
            for (String l : before.split("\n", -1)) {
                sb.append('-').append(l).append('\n');
            }
            if (!after.isEmpty() || !before.isEmpty()) {
                for (String l : after.split("\n", -1)) {
                    sb.append('+').append(l).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
