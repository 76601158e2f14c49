package org.copydesk.testing;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.Edit;
import org.copydesk.Finding;
import org.copydesk.Removed;

/**
 * The "no damage" measurement: clean, public-domain English prose (KJV Bible,
 * The Devil's Dictionary) that {@code scripts/clean-english.sh} writes to
 * target/clean-english/*.txt, cleaned document by document; every change
 * there is damage. Tests skip themselves where the files are absent.
 */
public final class CleanEnglish {
    public static final Path DIR = Path.of("target/clean-english");
    /** About a news article: what position rules (top, tail) see as one document. */
    private static final int ARTICLE_CHARS = 6000;

    private CleanEnglish() {
    }

    /** How the prose is cut into the documents that are cleaned one at a time. */
    public enum Cut {
        /** Each file as one document. */
        WHOLE_FILE(text -> List.of(text)),
        /** Each paragraph (text between blank lines) as one document. */
        PARAGRAPHS(CleanEnglish::paragraphs),
        /** Paragraphs gathered into documents of about news-article size. */
        ARTICLES(CleanEnglish::articles);

        private final Function<String, List<String>> cutter;

        Cut(Function<String, List<String>> cutter) {
            this.cutter = cutter;
        }
    }

    /** One change (or, among findings, one suggestion) with the document it was made in. */
    public record Change(String file, String document, int start, int end, String rule, String original,
            String replacement) {
        /** The document from {@code radius} chars before the change to {@code radius} after it. */
        public String window(int radius) {
            return document.substring(Math.max(0, start - radius), Math.min(document.length(), end + radius));
        }

        /** The window with the changed span marked {@code >>...<<}, on one line. */
        public String marked(int radius) {
            return (document.substring(Math.max(0, start - radius), start) + ">>" + document.substring(start, end)
                    + "<<" + document.substring(end, Math.min(document.length(), end + radius))).replace('\n', ' ');
        }
    }

    /** What cleaning the prose did: words read, the changes, the findings, and how fast it went. */
    public record Measurement(long words, long chars, long nanos, List<Change> changes, List<Change> findings,
            List<Change> removed) {
        public double changesPer100kWords() {
            return changes.size() * 100_000.0 / words;
        }

        public Map<String, Integer> changesByRule() {
            Map<String, Integer> byRule = new TreeMap<>();
            changes.forEach(c -> byRule.merge(c.rule(), 1, Integer::sum));
            return byRule;
        }

        public double kilobytesPerSecond() {
            return chars / 1024.0 / (nanos / 1e9);
        }

        /** A removed block is also logged as an edit deleting it: true for that edit, to count it once. */
        public boolean isRemoval(Change edit) {
            return edit.replacement().isEmpty() && removed.stream().anyMatch(r -> r.document() == edit.document()
                    && r.start() == edit.start() && r.end() == edit.end());
        }
    }

    /** A change's text on one line of a TSV: tabs and newlines as spaces. */
    public static String oneLine(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }

    /**
     * The files of a corpus a script prepares; on CI ({@code CI=true}, or {@code COPYDESK_REQUIRE_CORPUS} set as
     * {@code .ci/run} does) a missing corpus fails the calling test rather than skipping it.
     */
    public static List<Path> requiredFiles(Path dir, String script) {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI")) || System.getenv("COPYDESK_REQUIRE_CORPUS") != null;
        org.junit.jupiter.api.Assertions.assertFalse(ci && !Files.isDirectory(dir),
                "CI must measure precision: " + script + " did not run");
        return files(dir);
    }

    /** Modern third-party English that scripts/modern-english.sh writes: speeches, technical docs, quotations. */
    public static final Path MODERN_DIR = Path.of("target/modern-english");

    /** Technical documentation that scripts/technical-english.sh writes: Perl's tutorials and FAQ, the Debian handbook. */
    public static final Path TECHNICAL_DIR = Path.of("target/technical-english");

    /** The prose files, sorted; skips the calling test where scripts/clean-english.sh has not run. */
    public static List<Path> files() {
        return files(DIR);
    }

    /** The prose files of {@code dir}, sorted; skips the calling test where there are none. */
    public static List<Path> files(Path dir) {
        List<Path> files = List.of();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> list = Files.list(dir)) {
                files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assumeFalse(files.isEmpty(), "no clean English in " + dir + ": run scripts/clean-english.sh or modern-english.sh");
        return files;
    }

    /** Cleans every document of the prose with {@code options} (default dictionaries) and gathers the changes. */
    public static Measurement measure(CleanOptions options, Cut cut) {
        return measure(options, cut, UnaryOperator.identity());
    }

    /** As {@link #measure(CleanOptions, Cut)}, each file's text first passed through {@code prepare}. */
    public static Measurement measure(CleanOptions options, Cut cut, UnaryOperator<String> prepare) {
        return measure(files(), options, cut, prepare);
    }

    /** Cleans every document of {@code files}, cut by {@code cut}, and gathers the changes and findings. */
    public static Measurement measure(List<Path> files, CleanOptions options, Cut cut, UnaryOperator<String> prepare) {
        Copydesk desk = Copydesk.builder().build();
        long words = 0;
        long chars = 0;
        List<Change> changes = new ArrayList<>();
        List<Change> findings = new ArrayList<>();
        List<Change> removed = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Path file : files) {
            String name = file.getFileName().toString();
            for (String doc : cut.cutter.apply(prepare.apply(read(file)))) {
                words += words(doc);
                chars += doc.length();
                CleanResult r = desk.clean(doc, options);
                for (Edit e : r.edits()) {
                    changes.add(new Change(name, doc, e.start(), e.end(), e.rule(), e.original(), e.replacement()));
                }
                for (Removed b : r.removed()) {
                    removed.add(new Change(name, doc, b.start(), b.end(), "blocks/" + b.rule(), b.text(), ""));
                }
                for (Finding f : r.findings()) {
                    findings.add(new Change(name, doc, f.start(), f.end(), f.rule(), f.text(), f.suggestion()));
                }
            }
        }
        return new Measurement(words, chars, System.nanoTime() - t0, changes, findings, removed);
    }

    /** Runs of non-space characters. */
    static long words(String text) {
        long n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }

    private static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\n\\s*\n")).filter(p -> !p.isBlank()).toList();
    }

    private static List<String> articles(String text) {
        List<String> docs = new ArrayList<>();
        StringBuilder doc = new StringBuilder();
        for (String paragraph : paragraphs(text)) {
            doc.append(paragraph).append("\n\n");
            if (doc.length() >= ARTICLE_CHARS) {
                docs.add(endWithOneNewline(doc));
                doc.setLength(0);
            }
        }
        if (!doc.isEmpty()) {
            docs.add(endWithOneNewline(doc));
        }
        return docs;
    }

    private static String endWithOneNewline(StringBuilder paragraphs) {
        return paragraphs.substring(0, paragraphs.length() - 1);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
