package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import tools.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.copydesk.io.ResultJson;
import org.junit.jupiter.api.Test;

/** An overlong JSONL record is an error line with its number; the stream goes on, nothing is held in memory. */
class JsonLinesLimitsTest {
    @Test
    void aRecordOverTheLimitIsSkippedWithItsLineNumber() throws IOException {
        String big = "{\"id\":\"big\",\"text\":\"" + "word ".repeat(2000) + "\"}";
        String stdin = "{\"id\":\"a\",\"text\":\"One.\\r\\n\"}\n" + big + "\n{\"id\":\"c\",\"text\":\"Three.\\r\\n\"}\n";

        CliRun r = CliRun.run(stdin, "clean", "--format", "jsonl", "--max-record-bytes", "1000", "-");

        assertEquals(ExitCodes.SOME_FAILED, r.code(), r::toString);
        String[] lines = r.out().split("\n");
        assertEquals(3, lines.length, r::toString);
        assertEquals("One.\n", ResultJson.MAPPER.readTree(lines[0]).path("text").asText());
        JsonNode error = ResultJson.MAPPER.readTree(lines[1]);
        assertEquals(2, error.path("line").asInt());
        assertTrue(error.path("error").asText().contains("over the limit of 1000"), lines[1]);
        assertEquals("Three.\n", ResultJson.MAPPER.readTree(lines[2]).path("text").asText());
        assertEquals(1, r.err().strip().split("\n").length, r::toString);
        assertTrue(r.err().startsWith("copydesk: stdin line 2: record of " + big.length() + " bytes"), r::toString);
        assertFalse(r.err().contains("Exception") || r.err().contains("Error"), r::toString);
    }

    /** A stream that gives a 3 GB line: read whole it would not fit the test's heap; bounded, it is skipped. */
    @Test
    void aRecordLargerThanTheHeapIsSkippedWithoutRunningOutOfMemory() throws IOException {
        long size = 3L << 30;
        InputStream huge = new InputStream() {
            private long left = size;
            private final byte[] tail = "\n{\"text\":\"After.\"}\n".getBytes(StandardCharsets.UTF_8);
            private int tailAt;

            @Override
            public int read() {
                if (left > 0) {
                    left--;
                    return 'x';
                }
                return tailAt < tail.length ? tail[tailAt++] : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left > 0) {
                    int n = (int) Math.min(len, left);
                    java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                    left -= n;
                    return n;
                }
                return super.read(b, off, len);
            }
        };

        CliRun r = CliRun.run(huge, "clean", "--format", "jsonl", "-");

        String[] lines = r.out().split("\n");
        assertEquals(2, lines.length, r::toString);
        assertEquals(1, ResultJson.MAPPER.readTree(lines[0]).path("line").asInt());
        assertTrue(ResultJson.MAPPER.readTree(lines[0]).path("error").asText().contains("over the limit of 33554432"));
        assertEquals("After.", ResultJson.MAPPER.readTree(lines[1]).path("text").asText());
    }

    @Test
    void theReaderKeepsLinesWithinTheLimitExact() throws IOException {
        BoundedLineReader reader = new BoundedLineReader(new ByteArrayInputStream(
                "abc\r\n\nabcdef\nab".getBytes(StandardCharsets.UTF_8)), 4);
        assertEquals("abc", reader.next().text());
        assertEquals("", reader.next().text());
        BoundedLineReader.Line over = reader.next();
        assertTrue(over.tooLong());
        assertEquals(6, over.bytes());
        assertEquals("ab", reader.next().text());
        assertNull(reader.next());
    }

    @Test
    void aBadLimitIsAUsageError() {
        CliRun r = CliRun.run("", "clean", "--format", "jsonl", "--max-record-bytes", "0", "-");
        assertEquals(ExitCodes.USAGE, r.code(), r::toString);
    }
}
