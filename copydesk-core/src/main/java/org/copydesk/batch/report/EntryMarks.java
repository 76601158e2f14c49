package org.copydesk.batch.report;

import tools.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads one manifest line's result back: the input it came from and its marks. */
final class EntryMarks {
    private EntryMarks() {
    }

    /** Replays the edit log backwards from the clean text, as {@code CleanResult.reconstructInput} does. */
    static String input(JsonNode entry) {
        StringBuilder sb = new StringBuilder(entry.path("text").asText(""));
        JsonNode edits = entry.path("edits");
        for (int i = edits.size() - 1; i >= 0; i--) {
            JsonNode e = edits.get(i);
            int at = e.path("at").asInt();
            sb.replace(at, at + e.path("replacement").asText("").length(), e.path("before").asText(""));
        }
        return sb.toString();
    }

    static List<Mark> marks(JsonNode entry) {
        List<Mark> out = new ArrayList<>();
        JsonNode removed = entry.path("removed");
        int seq = 0;
        for (JsonNode e : entry.path("edits")) {
            JsonNode block = removalOf(e, removed);
            if (block == null) {
                out.add(new Mark(Mark.Kind.EDIT, e.path("start").asInt(), e.path("end").asInt(),
                        e.path("category").asText("?"), e.path("confidence").asDouble(), e.path("stage").asText(null),
                        e.path("rule").asText(""), e.path("replacement").asText(""), e.path("reason").asText(null), seq++));
            } else {
                out.add(new Mark(Mark.Kind.REMOVED, e.path("start").asInt(), e.path("end").asInt(),
                        block.path("label").asText("?"), e.path("confidence").asDouble(), e.path("stage").asText(null),
                        block.path("rule").asText(""), "", "removed as " + block.path("label").asText("?")
                        + reason(e), seq++));
            }
        }
        for (JsonNode f : entry.path("findings")) {
            JsonNode suggestion = f.get("suggestion");
            out.add(new Mark(Mark.Kind.FINDING, f.path("start").asInt(), f.path("end").asInt(),
                    f.path("category").asText("?"), f.path("confidence").asDouble(), f.path("stage").asText(null),
                    f.path("rule").asText(""), suggestion == null || suggestion.isNull() ? null : suggestion.asText(),
                    f.path("message").asText(null), seq++));
        }
        return out;
    }

    /** The removed block an edit took out, if it is one (a removal is logged both ways). */
    private static JsonNode removalOf(JsonNode edit, JsonNode removed) {
        if (!edit.path("replacement").asText("").isEmpty()) {
            return null;
        }
        for (JsonNode b : removed) {
            if (b.path("start").asInt() == edit.path("start").asInt() && b.path("end").asInt() == edit.path("end").asInt()
                    && b.path("rule").asText("").equals(edit.path("rule").asText())) {
                return b;
            }
        }
        return null;
    }

    private static String reason(JsonNode edit) {
        String r = edit.path("reason").asText("");
        return r.isEmpty() ? "" : ": " + r;
    }
}
