package org.copydesk.stage.decode;

import org.copydesk.core.Draft;
import org.copydesk.core.Stage;

/**
 * Text-level part of decoding: a leading byte-order mark, line endings
 * (CRLF and lone CR to LF) and C0 control characters. Byte-level decoding
 * happens before the draft exists, in {@link TextDecoder}.
 *
 * <p>Why the C0 controls here and not in the unicode stage with the other
 * invisible characters: they are never text and never part of a mojibake
 * sequence (UTF-8 misread puts only bytes 0x80 and above out of place), so
 * they go unconditionally; left for a later stage, they stood inside what the
 * encoding and markup stages judged ("â€", NUL, "id"; "&lt;", U+0001, "/p&gt;") and
 * the second clean judged otherwise. C1 controls stay for the encoding stage,
 * which reads them as misread bytes.
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
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                draft.replace(i, i + 1, "", "CONTROL_C0", "unicode", 0.95, String.format(java.util.Locale.ROOT,
                        "control character U+%04X: never text, removed before any stage reads around it", (int) c));
            }
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
