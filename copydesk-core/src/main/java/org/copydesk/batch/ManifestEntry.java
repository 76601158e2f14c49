package org.copydesk.batch;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.copydesk.CleanResult;
import org.copydesk.io.ResultJson;

/**
 * One manifest line: {@code path, status ("ok" or "failed"), size, mtimeNs}
 * (what the input looked like, for resuming), then either {@code error} or
 * the result fields of {@link ResultJson} (schema, text, changed, edits,
 * findings, removed, metadata, languages). Nothing in it depends on timing
 * or thread order, so a resumed batch writes the same lines as a whole one.
 */
public final class ManifestEntry {
    public static final String OK = "ok";
    public static final String FAILED = "failed";

    private ManifestEntry() {
    }

    /** The manifest key of a relative path: '/'-separated on every platform. */
    public static String key(Path relative) {
        return relative.toString().replace(File.separatorChar, '/');
    }

    public static String ok(String path, FileStamp stamp, CleanResult result) {
        ObjectNode node = head(path, OK, stamp);
        node.put("schema", CleanResult.SCHEMA);
        ResultJson.fill(node, result);
        return write(node);
    }

    public static String failed(String path, FileStamp stamp, String error) {
        ObjectNode node = head(path, FAILED, stamp);
        node.put("error", error);
        return write(node);
    }

    public static boolean isOk(JsonNode node) {
        return OK.equals(node.path("status").asText());
    }

    /** True when the entry was made from a file with this stamp. */
    public static boolean sameStamp(JsonNode node, FileStamp stamp) {
        return stamp != null && node.path("size").asLong(-1) == stamp.size()
                && node.path("mtimeNs").asLong(-1) == stamp.mtimeNs();
    }

    private static ObjectNode head(String path, String status, FileStamp stamp) {
        ObjectNode node = ResultJson.MAPPER.createObjectNode();
        node.put("path", path);
        node.put("status", status);
        if (stamp != null) {
            node.put("size", stamp.size());
            node.put("mtimeNs", stamp.mtimeNs());
        }
        return node;
    }

    private static String write(ObjectNode node) {
        return ResultJson.MAPPER.writeValueAsString(node);
    }
}
