package org.copydesk.cli;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.io.ResultJson;

/**
 * Ingestion mode: JSON lines in, JSON lines out, one for one and in order,
 * holding one line at a time. Every input field is passed through; "text"
 * becomes the clean text and the result fields are added. A bad line gives
 * an error line with its number, and the stream goes on.
 */
final class JsonLinesStream {
    private final Copydesk desk;
    private final PrintStream err;

    JsonLinesStream(Copydesk desk, PrintStream err) {
        this.desk = desk;
        this.err = err;
    }

    int run(InputStream in, PrintStream out) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNo = 0;
        int failed = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String error = null;
            ObjectNode node = null;
            try {
                JsonNode parsed = ResultJson.MAPPER.readTree(line);
                if (!(parsed instanceof ObjectNode obj)) {
                    error = "not a JSON object";
                } else if (!obj.hasNonNull("text") || !obj.get("text").isTextual()) {
                    error = "no string field \"text\"";
                } else {
                    node = obj;
                }
            } catch (tools.jackson.core.JacksonException e) {
                error = "malformed JSON: " + e.getOriginalMessage();
            }
            if (node == null) {
                failed++;
                ObjectNode errorLine = ResultJson.MAPPER.createObjectNode();
                errorLine.put("line", lineNo);
                errorLine.put("error", error);
                out.println(ResultJson.MAPPER.writeValueAsString(errorLine));
                err.println("copydesk: stdin line " + lineNo + ": " + error);
                continue;
            }
            CleanResult r = desk.clean(node.get("text").asText());
            node.put("schema", CleanResult.SCHEMA);
            ResultJson.fill(node, r);
            out.println(ResultJson.MAPPER.writeValueAsString(node));
        }
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
}
