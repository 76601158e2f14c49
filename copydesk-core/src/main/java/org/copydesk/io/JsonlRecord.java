package org.copydesk.io;

import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One JSON-lines record cleaned: the input object with every field passed through, "text" replaced
 * by the clean text and the result fields added; or an error line naming the input line. The one
 * definition shared by {@code copydesk clean --format jsonl -} and the Spark job, so that both give
 * the same line for the same input.
 */
public final class JsonlRecord {
    /** The output line, and the error when the input line was not a record ({@code null} when cleaned). */
    public record Outcome(String line, String error) {
        public boolean failed() {
            return error != null;
        }
    }

    private JsonlRecord() {
    }

    public static Outcome clean(Copydesk desk, String line, long lineNo) {
        String error;
        try {
            JsonNode parsed = ResultJson.MAPPER.readTree(line);
            if (!(parsed instanceof ObjectNode node)) {
                error = "not a JSON object";
            } else if (!node.hasNonNull("text") || !node.get("text").isString()) {
                error = "no string field \"text\"";
            } else {
                CleanResult r = desk.clean(node.get("text").asString());
                node.put("schema", CleanResult.SCHEMA);
                ResultJson.fill(node, r);
                return new Outcome(ResultJson.MAPPER.writeValueAsString(node), null);
            }
        } catch (JacksonException e) {
            error = "malformed JSON: " + e.getOriginalMessage();
        }
        return errorLine(lineNo, error);
    }

    /** The line written in place of a record that could not be cleaned. */
    public static Outcome errorLine(long lineNo, String error) {
        ObjectNode errorLine = ResultJson.MAPPER.createObjectNode();
        errorLine.put("line", lineNo);
        errorLine.put("error", error);
        return new Outcome(ResultJson.MAPPER.writeValueAsString(errorLine), error);
    }
}
