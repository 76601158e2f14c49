package org.copydesk.dict;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The data files the program loads: the bundled {@code dictionaries/} tree
 * (inside the jar) plus user directories given with {@code --dict}. A table
 * lists bundled rows first and user rows after them, so a consumer that
 * builds a map lets user entries win.
 */
public final class Dictionaries {
    private static final String ROOT = "/dictionaries/";
    /** The row a loader on this thread was last handed, so a loader's bare error can be given its file and line. */
    private static final ThreadLocal<Row> SERVED = new ThreadLocal<>();
    private static final java.util.regex.Pattern ENUM_LOOKUP =
            java.util.regex.Pattern.compile("No enum constant (?:[\\w$]+\\.)*([\\w$]+)");
    private static final java.util.regex.Pattern LOCATED = java.util.regex.Pattern.compile("^\\S+:\\d+: ");
    private final List<Path> userDirs;

    private Dictionaries(List<Path> userDirs) {
        this.userDirs = List.copyOf(userDirs);
    }

    public static Dictionaries bundled() {
        return new Dictionaries(List.of());
    }

    /**
     * User directories, checked now: each must exist and every file in it must be valid UTF-8 (a bad byte is
     * reported as {@code file:line: ...}, not met later by a stage in the middle of a document).
     */
    public static Dictionaries withUserDirs(List<Path> dirs) {
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("dictionary directory not found: " + dir);
            }
            try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
                files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                        .sorted().forEach(Dictionaries::read);
            } catch (IOException | UncheckedIOException e) {
                throw new IllegalArgumentException("cannot read dictionary directory " + dir + ": "
                        + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
            }
        }
        return new Dictionaries(dirs);
    }

    /**
     * The same failure as an {@link IllegalArgumentException} that says where: a loader's message that already
     * starts with {@code file:line: } is kept, any other is put after the file and line of the row this thread
     * was last given (the row being parsed when the loader gave up). Call on the thread that loaded.
     */
    public static IllegalArgumentException locate(RuntimeException e) {
        Row row = SERVED.get();
        SERVED.remove();
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof NumberFormatException && message.startsWith("For input string: ")) {
            message = "not a number: " + message.substring("For input string: ".length());
        }
        // an enum's name lookup failing names a Java class: say which value was unknown instead
        message = ENUM_LOOKUP.matcher(message).replaceAll(m -> "unknown value " + m.group(1).toLowerCase(java.util.Locale.ROOT));
        if (LOCATED.matcher(message).find() || row == null) {
            return new IllegalArgumentException(message, e);
        }
        return new IllegalArgumentException(row.source() + ":" + row.line() + ": " + message, e);
    }

    public List<Path> userDirs() {
        return userDirs;
    }

    /**
     * Rows of a tab-separated table such as {@code "boilerplate.tsv"}: blank
     * lines and lines starting with {@code #} are skipped, cells are trimmed.
     * Missing files give no rows.
     */
    public List<Row> table(String name) {
        List<Row> rows = new ArrayList<>();
        bundledText(name).ifPresent(t -> parse(t, "dictionaries/" + name, rows));
        for (Path dir : userDirs) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                parse(read(file), file.toString(), rows);
            }
        }
        return new Served(rows);
    }

    /** The rows, noting on the thread which one a loader is at; an iteration run to its end forgets it. */
    private static final class Served extends java.util.AbstractList<Row> {
        private final List<Row> rows;

        Served(List<Row> rows) {
            this.rows = rows;
        }

        @Override
        public Row get(int index) {
            Row row = rows.get(index);
            SERVED.set(row);
            return row;
        }

        @Override
        public int size() {
            return rows.size();
        }

        @Override
        public java.util.Iterator<Row> iterator() {
            return new java.util.Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    boolean more = next < rows.size();
                    if (!more) {
                        SERVED.remove();
                    }
                    return more;
                }

                @Override
                public Row next() {
                    if (next >= rows.size()) {
                        throw new java.util.NoSuchElementException();
                    }
                    return get(next++);
                }
            };
        }
    }

    /** Whole text of the bundled file, if present (user files are not consulted). */
    public Optional<String> bundledText(String name) {
        try (InputStream in = Dictionaries.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionaries/" + name, e);
        }
    }

    /** Texts of the user's files with this name, in the order the directories were given. */
    public List<String> userTexts(String name) {
        List<String> out = new ArrayList<>();
        for (Path dir : userDirs) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                out.add(read(file));
            }
        }
        return out;
    }

    /** The file's text; invalid UTF-8 is an {@link IllegalArgumentException} naming the line. */
    private static String read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new IllegalArgumentException(file + ":" + line + ": invalid UTF-8 (byte 0x"
                    + String.format(java.util.Locale.ROOT, "%02X", bytes[at] & 0xFF) + "); save the file as UTF-8");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static void parse(String text, String source, List<Row> rows) {
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c].strip();
            }
            rows.add(new Row(cells, source, i + 1));
        }
    }

    /** One table row, with where it came from for error messages. */
    public record Row(String[] cells, String source, int line) {
        /** Cell {@code i}, or "" when the row is shorter. */
        public String get(int i) {
            return i < cells.length ? cells[i] : "";
        }

        public int size() {
            return cells.length;
        }

        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException(source + ":" + line + ": " + message);
        }
    }
}
