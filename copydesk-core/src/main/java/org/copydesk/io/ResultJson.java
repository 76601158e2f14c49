package org.copydesk.io;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.copydesk.CleanResult;

/**
 * The JSON form of a {@link CleanResult} (schema {@value CleanResult#SCHEMA}):
 * {@code schema, source, text, changed, edits[], findings[], removed[],
 * metadata{}, languages[]}; the input itself is not repeated (it is the file,
 * and {@code edits} rebuild it from {@code text}).
 */
public final class ResultJson {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false)
            // Jackson 3 sorts properties by default; ours keep their declared (schema) order
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, false)
            .build();

    private ResultJson() {
    }

    public static ObjectNode toNode(CleanResult r, String source) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("schema", CleanResult.SCHEMA);
        if (source != null) {
            node.put("source", source);
        }
        fill(node, r);
        return node;
    }

    /** Adds the result fields to an existing object (used for JSONL pass-through). */
    public static void fill(ObjectNode node, CleanResult r) {
        node.put("text", r.text());
        node.put("changed", r.changed());
        node.set("edits", MAPPER.valueToTree(r.edits()));
        node.set("findings", MAPPER.valueToTree(r.findings()));
        node.set("removed", MAPPER.valueToTree(r.removed()));
        node.set("metadata", MAPPER.valueToTree(r.metadata()));
        node.set("languages", MAPPER.valueToTree(r.languages()));
    }

    public static String pretty(CleanResult r, String source) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toNode(r, source));
    }

    public static String line(CleanResult r, String source) {
        return MAPPER.writeValueAsString(toNode(r, source));
    }
}
