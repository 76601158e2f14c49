package org.copydesk.stage.decode;

import org.copydesk.core.Draft;
import org.copydesk.core.Stage;

/**
 * Text-level part of decoding: a leading byte-order mark and line endings
 * (CRLF and lone CR to LF). Byte-level decoding happens before the draft
 * exists, in {@link TextDecoder}.
 */
public final class DecodeStage implements Stage {
    @Override
    public String id() {
        return "decode";
    }

    @Override
    public void process(Draft draft) {
        String text = draft.text();
        if (text.startsWith("\uFEFF")) {
            draft.replace(0, 1, "", "LEADING_BOM", "unicode", 1.0, "byte-order mark at start of text");
        }
        for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
            boolean crlf = i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (crlf) {
                draft.replace(i, i + 2, "\n", "LINE_ENDING_CRLF", "whitespace", 1.0, "CRLF line ending");
                i++;
            } else {
                draft.replace(i, i + 1, "\n", "LINE_ENDING_CR", "whitespace", 1.0, "CR line ending");
            }
        }
    }
}
