package org.copydesk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the test data under src/test/resources (example tables, test sets). */
public final class TestResources {
    private TestResources() {
    }

    /** One data line of a table: its 1-based line number in the file and its text. */
    public record Row(int number, String text) {
        /** The tab-separated cells, empty trailing cells kept. */
        public String[] cells() {
            return text.split("\t", -1);
        }
    }

    public static boolean exists(String name) {
        return TestResources.class.getResource(name) != null;
    }

    /** The whole resource as UTF-8; a missing resource is an error, not an empty test set. */
    public static String text(String name) {
        try (InputStream in = TestResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + name + " not found");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data lines of a table: blank lines and lines starting with {@code #} are skipped. */
    public static List<Row> rows(String name) {
        String[] lines = text(name).split("\n");
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank() && !lines[i].startsWith("#")) {
                rows.add(new Row(i + 1, lines[i]));
            }
        }
        return rows;
    }

    /**
     * A marked-up text resource without its comment lines ({@code #} alone or
     * {@code # } and more); blank lines stay, as they separate paragraphs, and
     * so do lines like {@code #hashtag}, which can be test text.
     */
    public static String textWithoutComments(String name) {
        StringBuilder sb = new StringBuilder();
        for (String line : text(name).split("\n", -1)) {
            if (!line.startsWith("# ") && !line.equals("#")) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    /** A table cell's escapes: {@code \n} and {@code \t} stand for a newline and a tab. */
    public static String unescape(String cell) {
        return cell.replace("\\n", "\n").replace("\\t", "\t");
    }
}
