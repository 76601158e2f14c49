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
    private final List<Path> userDirs;

    private Dictionaries(List<Path> userDirs) {
        this.userDirs = List.copyOf(userDirs);
    }

    public static Dictionaries bundled() {
        return new Dictionaries(List.of());
    }

    public static Dictionaries withUserDirs(List<Path> dirs) {
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("dictionary directory not found: " + dir);
            }
        }
        return new Dictionaries(dirs);
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
        return rows;
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

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
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
