package org.copydesk.testing.inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;

/**
 * Recall on injected defects: defects of one family put, one per paragraph, into clean
 * third-party English (text nobody here wrote, so no rule was fitted to it), the
 * paragraphs gathered into article-sized documents and cleaned by the default pipeline.
 * Each defect is judged against the output of the same document without defects (so the
 * pipeline's own changes to the clean text are not counted against it):
 * <ul>
 * <li>{@code FIXED}: the paragraph comes out as the clean paragraph does;</li>
 * <li>{@code WRONG}: an edit touched the defect but the paragraph differs (a wrong fix);</li>
 * <li>{@code REPORTED}: no edit, but a finding covers the defect;</li>
 * <li>{@code MISSED}: nothing.</li>
 * </ul>
 * A defect may be a line of its own (page chrome put above or below a paragraph); taking it out
 * whole is a fix, shown in the row's note with the rule that removed it. When the paragraphs of an
 * output do not match the document's one for one (a chrome paragraph stayed), each paragraph's
 * output is cut where the edit log moved the seams between them.
 * Paragraphs are compared with typographic and straight apostrophes and quotes taken as equal
 * (restoring "Cuba´s" as "Cuba’s" where the source wrote "Cuba's" is a fix).
 */
public final class InjectedDefects {
    /** About a news article; the document-level evidence (the document's own usage) sees this much. */
    public static final int PARAGRAPHS_PER_DOCUMENT = 8;
    private static final int MIN_PARAGRAPH = 150;
    private static final int MAX_PARAGRAPH = 2500;

    public enum Verdict { FIXED, WRONG, REPORTED, MISSED }

    /** One injected defect and what became of it; {@code output} is the cleaned dirty paragraph. */
    public record Outcome(Injection injection, Verdict verdict, String output, String expected, String note) {
    }

    /** The outcomes of one family. */
    public record Report(String family, List<Outcome> outcomes) {
        public Map<Verdict, Integer> counts() {
            Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
            Arrays.stream(Verdict.values()).forEach(v -> counts.put(v, 0));
            outcomes.forEach(o -> counts.merge(o.verdict(), 1, Integer::sum));
            return counts;
        }

        /** Share of defects with the given verdict, 0..1. */
        public double rate(Verdict verdict) {
            return outcomes.isEmpty() ? 0 : counts().get(verdict) / (double) outcomes.size();
        }

        public String summary() {
            return String.format(Locale.ROOT, "%-12s %4d injected: fixed %5.1f%%, wrong %5.1f%%, reported %5.1f%%, missed %5.1f%%",
                    family, outcomes.size(), 100 * rate(Verdict.FIXED), 100 * rate(Verdict.WRONG),
                    100 * rate(Verdict.REPORTED), 100 * rate(Verdict.MISSED));
        }
    }

    private final Copydesk desk;
    private final CleanOptions options;

    public InjectedDefects(Copydesk desk, CleanOptions options) {
        this.desk = desk;
        this.options = options;
    }

    /** The paragraphs of prose in {@code files} (blank-line separated, of article-paragraph length). */
    public static List<String> paragraphs(List<Path> files) {
        List<String> paragraphs = new ArrayList<>();
        for (Path file : files) {
            try {
                for (String p : Files.readString(file, StandardCharsets.UTF_8).split("\n\\s*\n")) {
                    String paragraph = p.strip();
                    if (paragraph.length() >= MIN_PARAGRAPH && paragraph.length() <= MAX_PARAGRAPH
                            && !paragraph.contains("\n")) {
                        paragraphs.add(paragraph);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return paragraphs;
    }

    /** Injects {@code count} defects of {@code injector}'s family (seeded, reproducible) and judges each. */
    public Report measure(DefectInjector injector, List<String> paragraphs, int count, long seed) {
        List<String> order = new ArrayList<>(paragraphs);
        Random random = new Random(seed ^ injector.family().hashCode());
        Collections.shuffle(order, random);
        List<String> source = List.copyOf(order);
        List<Injection> injections = new ArrayList<>();
        for (String paragraph : order) {
            if (injections.size() == count) {
                break;
            }
            int index = injections.size() % PARAGRAPHS_PER_DOCUMENT;
            int size = Math.min(PARAGRAPHS_PER_DOCUMENT, count - injections.size() + index);
            injector.inject(paragraph, new DefectInjector.Place(index, size, source), random).ifPresent(injections::add);
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < injections.size(); i += PARAGRAPHS_PER_DOCUMENT) {
            outcomes.addAll(judge(injections.subList(i, Math.min(injections.size(), i + PARAGRAPHS_PER_DOCUMENT))));
        }
        return new Report(injector.family(), outcomes);
    }

    private List<Outcome> judge(List<Injection> document) {
        String dirty = join(document.stream().map(Injection::dirty).toList());
        String clean = join(document.stream().map(Injection::paragraph).toList());
        CleanResult fromDirty = desk.clean(dirty, options);
        CleanResult fromClean = desk.clean(clean, options);
        List<String> expected = split(fromClean.text());
        List<String> got = split(fromDirty.text());
        if (got.size() != document.size() || expected.size() != document.size()) {
            // a defect that is a paragraph of its own (chrome) and stays, or a paragraph the pipeline takes
            // out, moves the count: cut each output where the edits moved the paragraphs' seams instead
            got = segments(fromDirty, document.stream().map(Injection::dirty).toList());
            expected = segments(fromClean, document.stream().map(Injection::paragraph).toList());
        }
        boolean aligned = got.size() == document.size() && expected.size() == document.size();
        List<Outcome> outcomes = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < document.size(); i++) {
            Injection injection = document.get(i);
            int start = offset + injection.start();
            int end = offset + injection.end();
            String output = aligned ? got.get(i) : "(paragraphs not aligned) " + fromDirty.text();
            String want = aligned ? expected.get(i) : injection.paragraph();
            Verdict verdict;
            var edit = fromDirty.edits().stream().filter(e -> touches(e.start(), e.end(), start, end)).findFirst();
            var finding = fromDirty.findings().stream().filter(f -> touches(f.start(), f.end(), start, end)).findFirst();
            if (aligned && comparable(output).equals(comparable(want))) {
                verdict = Verdict.FIXED;
            } else if (edit.isPresent()) {
                verdict = Verdict.WRONG;
            } else if (finding.isPresent()) {
                verdict = Verdict.REPORTED;
            } else {
                verdict = Verdict.MISSED;
            }
            String note = edit.map(e -> e.rule() + ": " + e.reason())
                    .or(() -> finding.map(f -> f.rule() + ": " + f.message())).orElse("")
                    + (verdict == Verdict.WRONG ? firstDifference(comparable(output), comparable(want)) : "");
            outcomes.add(new Outcome(injection, verdict, output, want, note));
            offset += injection.dirty().length() + 2;
        }
        return outcomes;
    }

    /** Writes one row per defect (verdict, defect, what it stood for, the paragraph windows) for reading. */
    public static void write(Report report, Path file) throws IOException {
        StringBuilder tsv = new StringBuilder("verdict\tdefect\tclean\tdirty window\toutput window\trule and reason\n");
        for (Outcome o : report.outcomes()) {
            Injection i = o.injection();
            tsv.append(o.verdict()).append('\t').append(i.defect()).append('\t').append(i.clean()).append('\t')
                    .append(window(i.dirty(), i.start(), i.end())).append('\t')
                    .append(window(o.output(), i.start(), i.end())).append('\t')
                    .append(o.note().replace('\t', ' ').replace('\n', ' ')).append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, tsv, StandardCharsets.UTF_8);
    }

    /** Where a wrongly fixed paragraph first parts from the expected one, for reading the report. */
    private static String firstDifference(String got, String want) {
        int at = 0;
        while (at < got.length() && at < want.length() && got.charAt(at) == want.charAt(at)) {
            at++;
        }
        return " | output differs at " + at + ": got '" + window(got, at, at) + "', want '" + window(want, at, at) + "'";
    }

    private static String window(String text, int start, int end) {
        int from = Math.max(0, Math.min(text.length(), start - 50));
        int to = Math.max(from, Math.min(text.length(), end + 50));
        return text.substring(from, to).replace('\t', ' ').replace('\n', ' ');
    }

    /** A span touches the defect when they overlap or the span is an insertion inside or at its edge. */
    private static boolean touches(int spanStart, int spanEnd, int start, int end) {
        return spanStart < end && spanEnd > start || spanStart == spanEnd && spanStart >= start && spanStart <= end;
    }

    private static String comparable(String paragraph) {
        return paragraph.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"').strip();
    }

    private static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs) + "\n";
    }

    /**
     * The output of each of {@code parts} (joined as {@link #join} joins them): the seam before each
     * part is carried through the edit log in the order the edits were made; an edit across a seam
     * moves it to the edit's start.
     */
    static List<String> segments(CleanResult result, List<String> parts) {
        int[] seams = new int[parts.size() + 1];
        int offset = 0;
        for (int i = 0; i < parts.size(); i++) {
            seams[i] = offset;
            offset += parts.get(i).length() + 2;
        }
        seams[parts.size()] = result.input().length();
        for (var edit : result.edits()) {
            int before = edit.before().length();
            int shift = edit.replacement().length() - before;
            for (int i = 0; i < seams.length; i++) {
                if (edit.at() + before <= seams[i]) {
                    seams[i] += shift;
                } else if (edit.at() < seams[i]) {
                    seams[i] = edit.at();
                }
            }
        }
        seams[parts.size()] = result.text().length();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            int from = Math.min(seams[i], result.text().length());
            out.add(result.text().substring(from, Math.max(from, Math.min(seams[i + 1], result.text().length()))).strip());
        }
        return out;
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.strip().split("\n\\s*\n")).toList();
    }
}
