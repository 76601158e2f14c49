package org.copydesk.batch.report;

import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.copydesk.batch.AtomicFiles;
import org.copydesk.batch.ManifestEntry;
import org.copydesk.io.ResultJson;

/**
 * Writes the review page of a batch: one self-contained HTML file (CSS and
 * script inline, nothing fetched) built from the manifest. The manifest is
 * read a few times, one line at a time, so a batch of any size is fine; each
 * file's text is capped, and past a total budget files are listed without
 * their text.
 */
public final class ReportWriter {
    /** Characters of one file's text shown inline. */
    static final int TEXT_CAP = 100_000;
    /** Characters of text inlined in the whole page. */
    static final long PAGE_BUDGET = 60_000_000;

    private final Path manifest;
    private final Writer out;
    private long inlined;

    private ReportWriter(Path manifest, Writer out) {
        this.manifest = manifest;
        this.out = out;
    }

    public static void write(Path manifest, Path report, String title) throws IOException {
        Path temp = AtomicFiles.newTemp(report);
        try {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                new ReportWriter(manifest, w).page(title);
            }
            Files.move(temp, report, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** What the header needs: counts per family, gathered in a first pass. */
    private static final class Totals {
        long files;
        long failed;
        long unchanged;
        long edits;
        long findings;
        long removed;
        final Map<String, long[]> families = new TreeMap<>();

        void add(JsonNode entry) {
            files++;
            if (!ManifestEntry.isOk(entry)) {
                failed++;
                return;
            }
            List<Mark> marks = EntryMarks.marks(entry);
            if (marks.isEmpty()) {
                unchanged++;
            }
            for (Mark m : marks) {
                long[] c = families.computeIfAbsent(m.family(), k -> new long[3]);
                c[m.kind().ordinal()]++;
                switch (m.kind()) {
                    case EDIT -> edits++;
                    case REMOVED -> removed++;
                    case FINDING -> findings++;
                }
            }
        }
    }

    private void page(String title) throws IOException {
        Totals t = new Totals();
        each(t::add);
        w("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
                + "<title>" + Html.escape(title) + "</title>\n<style>\n" + resource("report.css") + "</style></head>\n<body>\n");
        header(title, t);
        w("<main>\n");
        if (t.failed > 0) {
            w("<section id=\"failed\"><h2>Failed (" + t.failed + ")</h2><ul>\n");
            each(e -> {
                if (!ManifestEntry.isOk(e)) {
                    w("<li><span class=\"path\">" + Html.escape(e.path("path").asText()) + "</span> — "
                            + Html.escape(e.path("error").asText()) + "</li>\n");
                }
            });
            w("</ul></section>\n");
        }
        w("<section id=\"files\"><h2>Files to review (" + (t.files - t.failed - t.unchanged) + ")</h2>\n");
        each(e -> {
            if (ManifestEntry.isOk(e)) {
                List<Mark> marks = EntryMarks.marks(e);
                if (!marks.isEmpty()) {
                    file(e, marks);
                }
            }
        });
        w("</section>\n");
        if (t.unchanged > 0) {
            w("<section id=\"unchanged\"><details><summary><h2>Unchanged files (" + t.unchanged
                    + ")</h2></summary><ul class=\"plain\">\n");
            each(e -> {
                if (ManifestEntry.isOk(e) && EntryMarks.marks(e).isEmpty()) {
                    w("<li>" + Html.escape(e.path("path").asText()) + "</li>\n");
                }
            });
            w("</ul></details></section>\n");
        }
        w("</main>\n<aside id=\"detail\" hidden></aside>\n<script>\n" + resource("report.js") + "</script>\n</body></html>\n");
    }

    private void header(String title, Totals t) {
        w("<header><h1>" + Html.escape(title) + "</h1>\n<p class=\"totals\">" + t.files + " files · " + t.edits
                + " edits · " + t.findings + " findings · " + t.removed + " removed blocks · " + t.failed
                + " failed · " + t.unchanged + " unchanged</p>\n");
        w("<form id=\"filters\" onsubmit=\"return false\"><fieldset><legend>Families</legend>\n");
        t.families.forEach((fam, c) -> w("<label class=\"fam\"><input type=\"checkbox\" name=\"family\" value=\""
                + Html.escape(fam) + "\" checked> " + Html.escape(fam) + " <small>" + c[0] + " edits, " + c[2]
                + " findings, " + c[1] + " removed</small></label>\n"));
        w("</fieldset>\n<label class=\"conf\">Confidence at least <input type=\"range\" id=\"conf\" min=\"0\" max=\"1\""
                + " step=\"0.05\" value=\"0\"> <output id=\"conf-value\">0.00</output></label>\n"
                + "<label><input type=\"checkbox\" id=\"hide-empty\" checked> hide files with nothing shown</label>\n"
                + "<button type=\"button\" id=\"expand\">Expand all</button> <button type=\"button\" id=\"collapse\">Collapse all</button>\n"
                + "<p id=\"status\" role=\"status\"></p>\n"
                + "<p class=\"legend\"><del>deleted</del><ins>inserted</ins> edit · <s class=\"rm\">removed block</s>"
                + " · <mark>finding</mark> · hover or click a mark for rule, stage and confidence</p></form></header>\n");
    }

    private void file(JsonNode entry, List<Mark> marks) {
        String input = EntryMarks.input(entry);
        long edits = marks.stream().filter(m -> m.kind() == Mark.Kind.EDIT).count();
        long findings = marks.stream().filter(m -> m.kind() == Mark.Kind.FINDING).count();
        long removed = marks.stream().filter(m -> m.kind() == Mark.Kind.REMOVED).count();
        w("<details class=\"file\"><summary><span class=\"path\">" + Html.escape(entry.path("path").asText())
                + "</span> <span class=\"counts\">" + edits + " edits · " + findings + " findings · " + removed
                + " removed</span> <span class=\"shown\"></span></summary>\n<div class=\"body\">");
        metadata(entry.path("metadata"));
        if (inlined > PAGE_BUDGET) {
            w("<p class=\"note\">Text not shown: the page has reached its size limit. The full result is in the manifest.</p>");
        } else {
            int shown = shownLength(input);
            StringBuilder sb = new StringBuilder(shown + marks.size() * 200);
            sb.append("<pre class=\"text\">");
            List<Mark> leftOver = MarkedText.render(input, marks, shown, sb);
            sb.append("</pre>\n");
            if (shown < input.length()) {
                sb.append("<p class=\"note\">Showing the first ").append(shown).append(" of ").append(input.length())
                        .append(" characters; the rest is in the manifest.</p>\n");
            }
            if (!leftOver.isEmpty()) {
                listed(leftOver, input, sb);
            }
            inlined += shown;
            w(sb.toString());
        }
        w("</div></details>\n");
    }

    /** Cuts a long text at a line end near the cap, never inside a surrogate pair. */
    private static int shownLength(String input) {
        if (input.length() <= TEXT_CAP) {
            return input.length();
        }
        int nl = input.lastIndexOf('\n', TEXT_CAP);
        int cut = nl > TEXT_CAP / 2 ? nl + 1 : TEXT_CAP;
        return Character.isLowSurrogate(input.charAt(cut)) ? cut - 1 : cut;
    }

    /** Marks that could not be drawn in the text (crossing another, or past the cap), as a table. */
    private static void listed(List<Mark> marks, String input, StringBuilder sb) {
        sb.append("<table class=\"left-over\"><caption>Also in this file (not drawn in the text above)</caption>\n"
                + "<tr><th>at</th><th>what</th><th>original</th><th>replacement or suggestion</th></tr>\n");
        for (Mark m : marks) {
            String original = input.substring(m.start(), m.end());
            sb.append("<tr class=\"m lo\" data-fam=\"").append(Html.escape(m.family()))
                    .append(String.format(java.util.Locale.ROOT, "\" data-conf=\"%.2f\" data-rule=\"", m.confidence()))
                    .append(Html.escape(m.rule())).append("\" title=\"").append(Html.escape(m.title(original)))
                    .append("\"><td>").append(m.start()).append("</td><td>").append(m.kind().name().toLowerCase(Locale.ROOT))
                    .append(' ').append(Html.escape(m.rule())).append("</td><td>")
                    .append(Html.escape(Html.abbreviate(original, 200))).append("</td><td>")
                    .append(Html.escape(m.replacement() == null ? "" : Html.abbreviate(m.replacement(), 200)))
                    .append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }

    private void metadata(JsonNode metadata) {
        if (metadata.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder("<dl class=\"meta\">");
        metadata.properties().forEach(f -> sb.append("<dt>").append(Html.escape(f.getKey())).append("</dt><dd>")
                .append(Html.escape(f.getValue().isTextual() ? f.getValue().asText() : f.getValue().toString()))
                .append("</dd>"));
        w(sb.append("</dl>\n").toString());
    }

    /** Streams the manifest, one parsed line at a time; unreadable lines are skipped. */
    private void each(Consumer<JsonNode> action) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode node;
                try {
                    node = ResultJson.MAPPER.readTree(line);
                } catch (JacksonException torn) {
                    continue;
                }
                if (node != null && node.has("path")) {
                    action.accept(node);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void w(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = ReportWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
