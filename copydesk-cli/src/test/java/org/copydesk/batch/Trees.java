package org.copydesk.batch;

import tools.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.copydesk.io.ResultJson;

/** Test helpers: a directory's files as relative path to content hash, and manifest lines. */
final class Trees {
    private Trees() {
    }

    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                out.put(dir.relativize(p).toString(), sha(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    /** The files a batch wrote under OUT (the manifest and the run's own state files left out), any temp files included. */
    static Map<String, String> outputs(Path out) throws IOException {
        Map<String, String> files = snapshot(out);
        files.keySet().removeIf(k -> k.equals(BatchConfig.MANIFEST) || k.startsWith(".copydesk-batch"));
        return files;
    }

    static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    static List<JsonNode> manifest(Path outDir) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : lines(outDir.resolve(BatchConfig.MANIFEST))) {
            out.add(ResultJson.MAPPER.readTree(line));
        }
        return out;
    }

    static JsonNode entry(Path outDir, String path) throws IOException {
        return manifest(outDir).stream().filter(n -> n.path("path").asText().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no manifest line for " + path));
    }
}
