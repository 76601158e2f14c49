package org.copydesk.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.copydesk.stage.blocks.TemplateLines;

/**
 * Counts, over every file of a tree, in how many files each line occurs (normalised by
 * {@link TemplateLines#key}); the lines found in {@value #MIN_FILES} or more files are the
 * sites' templates, handed to the blocks stage as evidence. The standard line-frequency method
 * of web-corpus cleaners, done before any file is cleaned so that every file, the first one
 * included, sees the same evidence, and a resumed run counts the whole tree again and gets the
 * same set.
 *
 * <p>Memory is bounded: only lines of up to {@value #MAX_LINE_CHARS} characters are counted (a
 * template's lines are short; a long paragraph is a story's), a file's repeats count once, and
 * past {@value #MAX_KEYS} distinct lines new ones are no longer taken in (those already counted
 * still are). The map is dropped once the frequent set is taken.
 */
public final class TemplateLineCounter {
    /** Three files: two could share a line by chance (a quotation, a wire paragraph); a site's template is in all. */
    static final int MIN_FILES = 3;
    static final int MAX_LINE_CHARS = 200;
    static final int MAX_KEYS = 500_000;
    /** Larger files are not read for counting: a template page is small, and reading stays cheap. */
    static final long MAX_FILE_BYTES = 4L << 20;

    private final Map<String, Integer> counts = new HashMap<>();
    private int files;

    /** Counts the lines of one file's text. */
    public void add(String text) {
        files++;
        Set<String> seen = new HashSet<>();
        for (String line : text.split("\r\n|\r|\n")) {
            if (line.length() > MAX_LINE_CHARS || line.isBlank()) {
                continue;
            }
            String key = TemplateLines.key(line);
            if (key.isEmpty() || !seen.add(key)) {
                continue;
            }
            Integer n = counts.get(key);
            if (n != null) {
                counts.put(key, n + 1);
            } else if (counts.size() < MAX_KEYS) {
                counts.put(key, 1);
            }
        }
    }

    /** Counts one file; an unreadable or oversized file is left out (cleaning reports it). */
    void add(Path file) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) <= MAX_FILE_BYTES) {
                add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\uFEFF", ""));
            }
        } catch (IOException e) {
            // the cleaning pass meets the same file and reports the problem in the manifest
        }
    }

    public int files() {
        return files;
    }

    /** The lines found in {@value #MIN_FILES} or more files. */
    public TemplateLines frequent() {
        Map<String, Integer> out = new HashMap<>();
        counts.forEach((key, n) -> {
            if (n >= MIN_FILES) {
                out.put(key, n);
            }
        });
        return TemplateLines.of(out, files);
    }

    /** Counts every file the walker yields under {@code root}. */
    static TemplateLines count(Path root, TreeWalker walker) {
        TemplateLineCounter counter = new TemplateLineCounter();
        walker.walk(rel -> counter.add(root.resolve(rel)), (dir, problem) -> { });
        return counter.frequent();
    }
}
