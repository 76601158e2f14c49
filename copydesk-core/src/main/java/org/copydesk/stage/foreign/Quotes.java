package org.copydesk.stage.foreign;

import java.util.ArrayList;
import java.util.List;

/**
 * Spans inside double quotation marks (“…”, "…", «…», „…“) and plain-text
 * italics (_…_), paragraph by paragraph: foreign words there are the writer's
 * choice. Italics are tracked apart from quotes, as they nest inside them.
 */
final class Quotes {
    private Quotes() {
    }

    static List<int[]> inside(String text) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        char closer = 0;
        int italic = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1;
                italic = -1;
            } else if (c == '_') {
                if (italic >= 0) {
                    out.add(new int[] {italic, i});
                    italic = -1;
                } else {
                    italic = i + 1;
                }
            } else if (open >= 0 && c == closer) {
                out.add(new int[] {open, i});
                open = -1;
            } else if (open < 0 && (c == '“' || c == '"' || c == '«' || c == '„')) {
                open = i + 1;
                closer = c == '“' ? '”' : c == '«' ? '»' : c == '„' ? '“' : '"';
            }
        }
        // the innermost enclosing span is found first
        out.sort((a, b) -> Integer.compare(a[1] - a[0], b[1] - b[0]));
        return out;
    }
}
