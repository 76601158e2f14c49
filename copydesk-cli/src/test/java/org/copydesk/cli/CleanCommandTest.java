package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import tools.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.io.ResultJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanCommandTest {
    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void stdinToStdout() {
        Run r = run("One line.\r\nTwo lines.\r\n", "clean");
        assertEquals(0, r.code());
        assertEquals("One line.\nTwo lines.\n", r.out());
    }

    @Test
    void badInputsAreReportedAndTheOthersStillCleaned() throws Exception {
        Path good = Files.writeString(tmp.resolve("good.txt"), "Fine text.\r\n");
        Path binary = Files.write(tmp.resolve("image.bin"), new byte[] {1, 2, 0, 3});
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
        Run r = run("", "clean", tmp.resolve("missing.txt").toString(), binary.toString(), empty.toString(),
                good.toString());
        assertEquals(ExitCodes.SOME_FAILED, r.code());
        assertTrue(r.err().contains("missing.txt: no such file"), r.err());
        assertTrue(r.err().contains("image.bin: binary file"), r.err());
        assertEquals("Fine text.\n", r.out());
    }

    @Test
    void outputDirectoryKeepsRelativePaths() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("a/b"));
        Files.writeString(in.resolve("a/b/story.txt"), "Text.\r\n");
        Files.writeString(in.resolve("top.txt"), "Top.\r\n");
        Path out = tmp.resolve("out");
        Run r = run("", "clean", in.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("Text.\n", Files.readString(out.resolve("a/b/story.txt")));
        assertEquals("Top.\n", Files.readString(out.resolve("top.txt")));
    }

    @Test
    void jsonCarriesTheEditLogWithInputOffsets() throws Exception {
        Path f = Files.writeString(tmp.resolve("s.txt"), "A\r\nB");
        Run r = run("", "clean", "--format", "json", f.toString());
        JsonNode node = ResultJson.MAPPER.readTree(r.out());
        assertEquals("copydesk/1", node.get("schema").asText());
        assertEquals("A\nB", node.get("text").asText());
        JsonNode edit = node.get("edits").get(0);
        assertEquals(1, edit.get("start").asInt());
        assertEquals(3, edit.get("end").asInt());
        assertEquals("LINE_ENDING_CRLF", edit.get("rule").asText());
    }

    @Test
    void jsonLinesStreamKeepsOrderPassesFieldsAndSurvivesBadLines() throws Exception {
        String in = "{\"id\":\"a\",\"text\":\"x\\r\\ny\",\"lang\":\"en\"}\n{oops\n{\"id\":\"c\",\"text\":\"z\"}\n";
        Run r = run(in, "clean", "--format", "jsonl", "-");
        String[] lines = r.out().split("\n");
        assertEquals(3, lines.length);
        JsonNode first = ResultJson.MAPPER.readTree(lines[0]);
        assertEquals("a", first.get("id").asText());
        assertEquals("en", first.get("lang").asText());
        assertEquals("x\ny", first.get("text").asText());
        assertEquals(2, ResultJson.MAPPER.readTree(lines[1]).get("line").asInt());
        assertEquals("c", ResultJson.MAPPER.readTree(lines[2]).get("id").asText());
        assertEquals(ExitCodes.SOME_FAILED, r.code());
    }

    @Test
    void outputOntoItsOwnInputIsRefusedAndTheInputKept() throws Exception {
        Path story = tmp.resolve("story.txt");
        Files.writeString(story, "Share this article\n\nThe council met on Tuesday.\n");
        Run onto = run("", "clean", "-o", tmp.toString(), story.toString());
        assertEquals(ExitCodes.USAGE, onto.code());
        assertTrue(onto.err().contains("would overwrite"), onto.err());
        assertEquals("Share this article\n\nThe council met on Tuesday.\n", Files.readString(story));
        assertEquals(ExitCodes.USAGE, run("", "clean", tmp.toString(), "-o", tmp.toString()).code());
        assertEquals("Share this article\n\nThe council met on Tuesday.\n", Files.readString(story));
    }

    @Test
    void aLinkToAFileOutsideTheTreeIsNotFollowedAndTheRestIsCleaned() throws Exception {
        Path tree = Files.createDirectories(tmp.resolve("tree/sub"));
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "private words\n");
        Files.writeString(tree.resolve("story.txt"), "The council met on Tuesday.\n");
        Files.createSymbolicLink(tree.resolve("link.txt"), secret);
        Path out = tmp.resolve("out");
        Run r = run("", "clean", "-o", out.toString(), tmp.resolve("tree").toString());
        assertEquals(ExitCodes.SOME_FAILED, r.code());
        assertTrue(r.err().contains("outside the directory"), r.err());
        assertTrue(Files.exists(out.resolve("sub/story.txt")), "the rest of the tree is cleaned");
        assertTrue(!Files.exists(out.resolve("sub/link.txt")));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(ExitCodes.USAGE, run("", "clean", "--format", "xml").code());
        assertEquals(ExitCodes.USAGE, run("", "clean", "--disable-stage", "nosuch").code());
        assertEquals(ExitCodes.USAGE, run("", "clean", "--threshold", "7").code());
        assertEquals(ExitCodes.USAGE, run("", "clean", "--threshold", "NaN").code());
        Run languages = run("", "clean", "--languages", "es,xx");
        assertEquals(ExitCodes.USAGE, languages.code());
        assertTrue(languages.err().contains("xx"), languages.err());
        assertEquals(ExitCodes.USAGE, run("", "clean", "--languages", "ru").code());
        assertEquals(ExitCodes.USAGE, run("", "frobnicate").code());
    }

    @Test
    void explainGoesToStderr() throws Exception {
        Path f = Files.writeString(tmp.resolve("e.txt"), "A\r\nB");
        Run r = run("", "clean", "--explain", f.toString());
        assertEquals("A\nB\n", r.out());
        assertTrue(r.err().contains("decode/LINE_ENDING_CRLF"), r.err());
    }

    @Test
    void checkExitsThreeWhenSomethingNeedsCleaning() throws Exception {
        Path dirty = Files.writeString(tmp.resolve("d.txt"), "A\r\nB");
        Path clean = Files.writeString(tmp.resolve("c.txt"), "A\nB");
        assertEquals(ExitCodes.NEEDS_CLEANING, run("", "check", dirty.toString()).code());
        assertEquals(ExitCodes.OK, run("", "check", clean.toString()).code());
    }

    @Test
    void detectListsForeignPassagesAndLeftoverWordsWithoutChangingAnything() {
        Run r = run("The minister spoke briefly. El presidente dijo que la reunión fue un éxito total para ambos países.\n"
                + "Both trabajadores and managers attended.\n", "detect");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("stdin\t1:29\tpassage\tes\t"), r.out());
        assertTrue(r.out().contains("\tword\tFOREIGN_WORD\t") && r.out().contains("trabajadores -> workers"), r.out());
    }
}
