package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several documents at once give exactly what one at a time gives, in the same order. */
class ParallelCleanTest {
    @TempDir
    Path dir;

    @Test
    void jsonLinesOnTwoThreadsEqualOneThreadLineForLine() throws IOException {
        StringBuilder in = new StringBuilder();
        List<Path> samples = samples();
        for (int i = 0; i < samples.size(); i++) {
            String text = Files.readString(samples.get(i));
            in.append("{\"id\":").append(i).append(",\"text\":").append(json(text)).append("}\n");
            if (i == 3) {
                in.append("{\"id\": broken\n");
            }
        }
        CliRun one = CliRun.run(in.toString(), "clean", "--format", "jsonl", "-j", "1", "-");
        CliRun two = CliRun.run(in.toString(), "clean", "--format", "jsonl", "-j", "2", "-");
        assertEquals(one.out(), two.out());
        assertEquals(one.code(), two.code());
        assertEquals(samples.size() + 1, two.out().lines().count());
        assertTrue(two.out().lines().toList().get(4).contains("\"line\":5"), "the error line keeps its place");
    }

    @Test
    void manyFilesOnTwoThreadsEqualOneThreadInOrder() throws IOException {
        List<String> args = new ArrayList<>(List.of("clean", "--format", "json"));
        samples().forEach(p -> args.add(p.toString()));
        List<String> one = new ArrayList<>(args);
        one.addAll(List.of("-j", "1"));
        List<String> two = new ArrayList<>(args);
        two.addAll(List.of("-j", "2"));
        CliRun a = CliRun.run("", one.toArray(String[]::new));
        CliRun b = CliRun.run("", two.toArray(String[]::new));
        assertEquals(0, b.code(), b.err());
        assertEquals(a.out(), b.out());
    }

    @Test
    void zeroJobsIsAUsageError() {
        CliRun r = CliRun.run("", "clean", "-j", "0", "corpus/wire-01-mixed.dirty.txt");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--jobs"), r.err());
    }

    private static List<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            return s.filter(p -> p.toString().endsWith(".dirty.txt")).sorted().limit(8).toList();
        }
    }

    private static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c < 0x20 ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return sb.append('"').toString();
    }
}
