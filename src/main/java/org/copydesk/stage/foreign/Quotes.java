package org.copydesk.stage.foreign;

import java.util.ArrayList;
import java.util.List;

/** Spans inside double quotation marks (“…”, "…", «…», „…“), paragraph by paragraph. */
final class Quotes {
    private Quotes() {
    }

    static List<int[]> inside(String text) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        char closer = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1;
            } else if (open >= 0 && c == closer) {
                out.add(new int[] {open, i});
                open = -1;
            } else if (open < 0 && (c == '“' || c == '"' || c == '«' || c == '„')) {
                open = i + 1;
                closer = c == '“' ? '”' : c == '«' ? '»' : c == '„' ? '“' : '"';
            }
        }
        return out;
    }
}
