package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import tools.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.copydesk.io.ResultJson;
import org.junit.jupiter.api.Test;

/** {@code copydesk clean --format jsonl -}: JSON lines in, one result line out per line, through {@link Main#run}. */
class JsonLinesIngestionTest {

    private record Run(int code, List<JsonNode> lines, String err) {
    }

    private static Run run(String stdin) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"clean", "--format", "jsonl", "-"},
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                lines.add(ResultJson.MAPPER.readTree(line));
            }
        }
        return new Run(code, lines, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void oneResultPerLineInOrderWithEveryFieldPassedThrough() throws IOException {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            in.append("{\"id\":\"doc-").append(i).append("\",\"source\":{\"feed\":\"wire\",\"n\":").append(i)
                    .append("},\"tags\":[\"a\",\"b\"],\"text\":\"Line ").append(i).append(".\\r\\nNext.\"}\n");
        }

        Run r = run(in.toString());

        assertEquals(0, r.code(), r.err());
        assertEquals(50, r.lines().size());
        for (int i = 0; i < 50; i++) {
            JsonNode line = r.lines().get(i);
            assertEquals("doc-" + i, line.path("id").asText());
            assertEquals(i, line.path("source").path("n").asInt());
            assertEquals("wire", line.path("source").path("feed").asText());
            assertEquals(2, line.path("tags").size());
            assertEquals("Line " + i + ".\nNext.", line.path("text").asText());
            assertTrue(line.path("changed").asBoolean());
            assertEquals("LINE_ENDING_CRLF", line.path("edits").get(0).path("rule").asText());
            assertEquals("copydesk/1", line.path("schema").asText());
        }
    }

    @Test
    void aMalformedLineGetsAnErrorLineWithItsNumberAndTheStreamGoesOn() throws IOException {
        String in = "{\"id\":1,\"text\":\"First.\"}\n"
                + "{\"id\":2,\"text\":\"unterminated\n"
                + "\n"
                + "[1,2,3]\n"
                + "{\"id\":5,\"body\":\"no text field\"}\n"
                + "{\"id\":6,\"text\":\"Last.\\r\\n\"}\n";

        Run r = run(in);

        assertEquals(1, r.code(), "a bad line makes the exit code 1");
        assertEquals(5, r.lines().size(), "one line per non-blank input line");
        assertEquals(1, r.lines().get(0).path("id").asInt());
        assertEquals(2, r.lines().get(1).path("line").asInt());
        assertTrue(r.lines().get(1).path("error").asText().startsWith("malformed JSON"), r.lines().get(1)::toString);
        assertEquals(4, r.lines().get(2).path("line").asInt());
        assertEquals("not a JSON object", r.lines().get(2).path("error").asText());
        assertEquals(5, r.lines().get(3).path("line").asInt());
        assertTrue(r.lines().get(3).path("error").asText().contains("text"));
        assertEquals(6, r.lines().get(4).path("id").asInt());
        assertEquals("Last.\n", r.lines().get(4).path("text").asText());
        assertTrue(r.err().contains("stdin line 2:") && r.err().contains("stdin line 4:"), r.err());
        assertFalse(r.err().contains("stdin line 6"), r.err());
    }

    /** Streaming, not slurping: each result comes out before the next input line is even written. */
    @Test
    void resultsComeOutWhileTheInputIsStillOpen() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            PipedOutputStream feed = new PipedOutputStream();
            PipedInputStream stdin = new PipedInputStream(feed);
            PipedInputStream results = new PipedInputStream(1 << 16);
            PrintStream stdout = new PrintStream(new PipedOutputStream(results), true, StandardCharsets.UTF_8);
            CompletableFuture<Integer> cli = CompletableFuture.supplyAsync(() -> Main.run(
                    new String[] {"clean", "--format", "jsonl", "-"}, stdin, stdout,
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
            BufferedReader reader = new BufferedReader(new InputStreamReader(results, StandardCharsets.UTF_8));
            for (int i = 0; i < 5; i++) {
                feed.write(("{\"id\":" + i + ",\"text\":\"Doc " + i + ".\\r\\n\"}\n").getBytes(StandardCharsets.UTF_8));
                feed.flush();
                JsonNode line = ResultJson.MAPPER.readTree(reader.readLine());
                assertEquals(i, line.path("id").asInt());
                assertEquals("Doc " + i + ".\n", line.path("text").asText());
            }
            feed.close();
            assertEquals(0, cli.get());
            stdout.close();
        });
    }
}
