package org.copydesk.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import tools.jackson.databind.node.ObjectNode;
import org.copydesk.io.ResultJson;

/**
 * A JSONL dataset of many distinct documents made from the paragraphs of our own corpus samples
 * (corpus/*.dirty.txt), shuffled and recombined with a fixed seed, plus the lines a real feed
 * also has: a blank line, a malformed record, a record without text.
 */
final class GeneratedArticles {
    private GeneratedArticles() {
    }

    static Path write(Path file, int documents, long seed) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> samples = Files.list(Path.of("corpus"))) {
            for (Path p : samples.filter(f -> f.toString().endsWith(".dirty.txt")).sorted().toList()) {
                for (String para : Files.readString(p).split("\n\\s*\n")) {
                    if (!para.isBlank()) {
                        paragraphs.add(para.strip());
                    }
                }
            }
        }
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            StringBuilder text = new StringBuilder();
            int n = 2 + random.nextInt(5);
            for (int k = 0; k < n; k++) {
                text.append(k == 0 ? "" : "\n\n").append(paragraphs.get(random.nextInt(paragraphs.size())));
            }
            ObjectNode record = ResultJson.MAPPER.createObjectNode();
            record.put("id", "doc-" + i);
            record.put("feed", "generated");
            record.put("text", text.toString());
            lines.add(ResultJson.MAPPER.writeValueAsString(record));
            if (i == documents / 3) {
                lines.add("");
                lines.add("{\"id\": \"broken\", \"text\": ");
                lines.add("{\"id\": \"no-text\"}");
            }
        }
        Files.write(file, lines);
        return file;
    }
}
