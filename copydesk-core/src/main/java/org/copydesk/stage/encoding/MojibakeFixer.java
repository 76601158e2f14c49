package org.copydesk.stage.encoding;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds mojibake line by line. For each code page it reads the line as the
 * bytes that page would have written, finds the UTF-8 sequences in them and
 * scores each ({@link MojibakeScore}). A line is fixed in the code page whose
 * sequences score best, and only if one of them is strong on its own; the
 * strong one then vouches for weaker ones of the same page on that line.
 * Everything outside the sequences stays as it is, so a line that mixes
 * mojibake with correct text keeps the correct text.
 */
final class MojibakeFixer {
    /** A proposed change. {@code lost} marks a sequence whose bytes were partly lost. */
    record Fix(int start, int end, String replacement, String rule, double confidence, String reason,
               boolean lost) {
    }

    /** A suspected truncated sequence: reported, never changed. */
    record Flag(int start, int end, String suggestion, String message) {
    }

    private record Scored(Utf8Sequence seq, int score, CodePage page) {
    }

    private final CodePages pages;
    private final MojibakeScore scorer;

    MojibakeFixer(CodePages pages, CharTables tables) {
        this.pages = pages;
        this.scorer = new MojibakeScore(tables);
    }

    List<Fix> find(String t) {
        return find(t, java.util.Set.of());
    }

    List<Fix> find(String t, java.util.Set<Integer> skip) {
        return find(t, skip, java.util.Set.of());
    }

    /**
     * The fixes for all lines but those numbered in {@code skip} (0-based).
     * Lines in {@code peeled} had a layer of mojibake removed just before: a
     * weaker sequence suffices there to prove the next layer.
     */
    List<Fix> find(String t, java.util.Set<Integer> skip, java.util.Set<Integer> peeled) {
        return find(t, skip, peeled, null);
    }

    /**
     * As {@link #find(String, java.util.Set, java.util.Set)}, looking only at the lines numbered in
     * {@code only} (all lines when null): a caller that knows the other lines' answer (a line unchanged
     * since it was last read at the same strength gives the same answer) saves reading them again.
     */
    List<Fix> find(String t, java.util.Set<Integer> skip, java.util.Set<Integer> peeled, java.util.Set<Integer> only) {
        List<Fix> out = new ArrayList<>();
        List<int[]> lines = lines(t);
        for (int line = 0; line < lines.size(); line++) {
            int ls = lines.get(line)[0];
            int le = lines.get(line)[1];
            if ((only == null || only.contains(line)) && !skip.contains(line) && suspicious(t, ls, le)) {
                fixLine(t, ls, le, out, peeled.contains(line) ? MojibakeScore.STRONG - 1 : MojibakeScore.STRONG);
            }
        }
        return out;
    }

    /** A tag the markup stage turns into a line or paragraph break. */
    private static final java.util.regex.Pattern BREAKING_TAG = java.util.regex.Pattern.compile(
            "</?(?:br|p|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|header|footer|pre)\\b[^<>]{0,300}>",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The lines of the text as [start, end) spans, split also at tags that
     * become line breaks ("<br/>", "<p>"): the markup stage runs after this
     * one, and a line is judged on its own (hopeless or not, which code
     * page) as it will stand in the output; judged together with its
     * neighbour behind a tag, it was left as it was on the first clean and
     * repaired on the second.
     */
    static List<int[]> lines(String t) {
        List<int[]> out = new ArrayList<>();
        int n = t.length();
        int ls = 0;
        int lt = t.indexOf('<'); // the next '<', looked up again only once passed: one scan of the text in all
        while (true) {
            int le = t.indexOf('\n', ls);
            if (le < 0) {
                le = n;
            }
            if (lt >= 0 && lt < ls) {
                lt = t.indexOf('<', ls);
            }
            int from = ls;
            if (lt >= 0 && lt < le) {
                java.util.regex.Matcher m = BREAKING_TAG.matcher(t).region(ls, le);
                while (m.find()) {
                    out.add(new int[] {from, m.start()});
                    from = m.end();
                }
            }
            out.add(new int[] {from, le});
            if (le >= n) {
                return out;
            }
            ls = le + 1;
        }
    }

    /** The numbers of the lines ({@link #lines}) the fixes start in, in one pass over the text. */
    static java.util.Set<Integer> lineNumbers(String t, List<Fix> fixes) {
        int[] starts = fixes.stream().mapToInt(Fix::start).sorted().toArray();
        List<int[]> lines = lines(t);
        java.util.Set<Integer> numbers = new java.util.HashSet<>();
        int line = 0;
        for (int start : starts) {
            while (line + 1 < lines.size() && lines.get(line + 1)[0] <= start) {
                line++;
            }
            numbers.add(line);
        }
        return numbers;
    }

    /**
     * Lines that are still mojibake after every layer is peeled off ({@code hopeless}): decoding
     * them only turns one garble into another, so they are left as they are. With them, the first
     * layer of fixes of the other lines: what
     * {@code find(t, hopeless)} gives, read off the peeling each line goes through anyway to be
     * judged (a fix depends on its line alone, so the line read on its own gives the same fixes,
     * shifted by the line's start).
     */
    record FirstLayer(java.util.Set<Integer> hopeless, List<Fix> fixes) {
    }

    FirstLayer firstLayer(String t) {
        java.util.Set<Integer> hopeless = new java.util.HashSet<>();
        List<Fix> first = new ArrayList<>();
        List<int[]> spans = lines(t);
        for (int k = 0; k < spans.size(); k++) {
            int ls = spans.get(k)[0];
            String s = t.substring(ls, spans.get(k)[1]);
            if (!suspicious(s, 0, s.length())) {
                continue;
            }
            List<Fix> layerZero = null;
            boolean settled = false;
            for (int layer = 0; layer < LAYERS; layer++) {
                List<Fix> fixes = find(s);
                if (layer == 0) {
                    layerZero = fixes;
                }
                if (fixes.isEmpty()) {
                    settled = true;
                    break;
                }
                s = apply(s, fixes);
            }
            // a last read only when every layer still found something: otherwise the last read was of this text
            if (!settled && !find(s).isEmpty() || residue(s) >= HOPELESS_RESIDUE) {
                hopeless.add(k);
            } else {
                for (Fix f : layerZero) {
                    first.add(new Fix(f.start() + ls, f.end() + ls, f.replacement(), f.rule(), f.confidence(),
                            f.reason(), f.lost()));
                }
            }
        }
        return new FirstLayer(hopeless, first);
    }

    static final int LAYERS = 4;
    private static final int HOPELESS_RESIDUE = 4;

    /** Pairs of non-ASCII characters left that could still be the start of a UTF-8 sequence. */
    private int residue(String s) {
        int count = 0;
        for (int i = 0; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            char d = s.charAt(i + 1);
            if (c >= 0x80 && d >= 0x80 && d != '\uFFFD' && pages.canLead(c) && pages.canContinue(d)) {
                count++;
            }
        }
        return count;
    }

    private static String apply(String s, List<Fix> fixes) {
        List<Fix> sorted = new ArrayList<>(fixes);
        sorted.sort(java.util.Comparator.comparingInt(Fix::start));
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        for (Fix f : sorted) {
            if (f.start() < pos) {
                continue;
            }
            sb.append(s, pos, f.start()).append(f.replacement());
            pos = f.end();
        }
        return sb.append(s, pos, s.length()).toString();
    }

    /** The cheap test that lets clean lines through untouched: a lead character followed by a continuation. */
    private boolean suspicious(String t, int ls, int le) {
        for (int i = ls; i < le - 1; i++) {
            char c = t.charAt(i);
            if (c >= 0x80 && pages.canLead(c)) {
                char d = t.charAt(i + 1);
                if (d == ' ' || pages.canContinue(d)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void fixLine(String t, int ls, int le, List<Fix> out, int strong) {
        List<Scored> candidates = new ArrayList<>();
        List<CodePage> proven = new ArrayList<>();
        java.util.Map<CodePage, Integer> totals = new java.util.HashMap<>();
        for (CodePage page : pages.pages()) {
            List<Scored> strict = scan(t, ls, le, page, false);
            if (strict.stream().noneMatch(s -> s.score() >= strong)) {
                continue;
            }
            proven.add(page);
            int total = 0;
            for (Scored s : scan(t, ls, le, page, true)) {
                if (s.score() >= MojibakeScore.SUPPORTED) {
                    candidates.add(s);
                    total += s.score();
                }
            }
            totals.put(page, total);
        }
        // the strongest reading of each stretch wins; then the longer one, then the code page
        // that explains more of the line, then the earlier code page
        candidates.sort(java.util.Comparator.comparingInt((Scored s) -> -s.score())
                .thenComparingInt(s -> s.seq().start() - s.seq().end())
                .thenComparingInt(s -> -totals.get(s.page())));
        List<Scored> taken = new ArrayList<>();
        // taken stretches by start, to test overlap in log time (a line may hold 10^5 candidates)
        java.util.TreeMap<Integer, Integer> takenSpans = new java.util.TreeMap<>();
        for (Scored s : candidates) {
            int start = s.seq().start();
            int end = s.seq().end();
            var before = takenSpans.floorEntry(start);
            var after = takenSpans.ceilingEntry(start);
            boolean overlaps = before != null && before.getValue() > start || after != null && after.getKey() < end;
            if (!overlaps) {
                taken.add(s);
                takenSpans.put(start, end);
            }
        }
        for (Scored s : taken) {
            Utf8Sequence q = s.seq();
            double confidence = q.lost() ? 0.8 : s.score() >= 5 ? 0.97 : s.score() >= MojibakeScore.STRONG ? 0.92 : 0.85;
            String rule = q.lost() ? "MOJIBAKE_LOST_BYTES" : s.page().rule();
            String reason = q.lost()
                    ? "UTF-8 read as " + s.page().id() + " with bytes lost: the character cannot be recovered"
                    : "UTF-8 read as " + s.page().id();
            out.add(new Fix(q.start(), q.end(), q.replacement(), rule, confidence, reason, q.lost()));
        }
        java.util.Set<Integer> graves = new java.util.HashSet<>();
        for (CodePage page : proven) {
            addGraveWords(t, ls, le, page, taken, graves, out, false);
        }
        if (proven.isEmpty()) {
            for (CodePage page : pages.pages()) {
                addGraveWords(t, ls, le, page, taken, graves, out, true);
            }
        }
    }

    private List<Scored> scan(String t, int ls, int le, CodePage page, boolean sloppy) {
        List<Scored> found = new ArrayList<>();
        for (int i = ls; i < le; ) {
            char c = t.charAt(i);
            Utf8Sequence q = c >= 0x80 ? Utf8Sequence.read(t, i, le, page, sloppy) : null;
            if (q == null) {
                i++;
                continue;
            }
            found.add(new Scored(q, scorer.score(t, q, page, ls, le), page));
            i = q.end();
        }
        // touching sequences vouch for each other, letters of one script more so
        for (int k = 0; k + 1 < found.size(); k++) {
            Scored a = found.get(k);
            Scored b = found.get(k + 1);
            if (a.seq().end() != b.seq().start() || a.score() <= MojibakeScore.REJECT
                    || b.score() <= MojibakeScore.REJECT) {
                continue;
            }
            int ca = a.seq().codePoint();
            int cb = b.seq().codePoint();
            int bonus = Character.isLetter(ca) && Character.isLetter(cb)
                    && Character.UnicodeScript.of(ca) == Character.UnicodeScript.of(cb) ? 2 : 1;
            found.set(k, new Scored(a.seq(), a.score() + bonus, page));
            found.set(k + 1, new Scored(b.seq(), b.score() + bonus, page));
        }
        return found;
    }

    /**
     * "à" written as Ã plus a flattened no-break space: "voilÃ le", "Ã s crianças",
     * "Ã quele". On a line already proven to hold this code page's mojibake; or,
     * {@code alone}, where the Ã ends a lower-case word ("voilÃ le"), which real
     * text never writes.
     */
    private void addGraveWords(String t, int ls, int le, CodePage page, List<Scored> taken,
                               java.util.Set<Integer> done, List<Fix> out, boolean alone) {
        for (int i = ls; i + 1 < le; i++) {
            char c = t.charAt(i);
            if (c < 0x80 || page.byteOf(c) != 0xC3 || t.charAt(i + 1) != ' ' || overlaps(taken, i) || done.contains(i)) {
                continue;
            }
            char prev = i > ls ? t.charAt(i - 1) : ' ';
            boolean glued = Character.isLowerCase(prev);
            if (alone ? !(glued && c == '\u00c3')
                    : !(prev == ' ' || prev == '\'' || prev == '\u2019' || prev == '(' || glued)) {
                continue;
            }
            char next = i + 2 < le ? t.charAt(i + 2) : '\n';
            String rest = t.substring(i + 2, Math.min(le, i + 8));
            if (next == ' ' || rest.matches("(s[ ,.;]|quel[ae]|quilo).*")) {
                out.add(new Fix(i, i + 2, "\u00e0", page.rule(), 0.85, "UTF-8 \u00e0 read as " + page.id()
                        + " with its 0xA0 byte flattened to a space", false));
                done.add(i);
            } else if (Character.isLowerCase(next)) {
                out.add(new Fix(i, i + 1, "\u00e0", page.rule(), 0.85, "UTF-8 \u00e0 read as " + page.id()
                        + ", its 0xA0 byte lost in the following space", false));
                done.add(i);
            }
        }
    }

    private static boolean overlaps(List<Scored> taken, int i) {
        for (Scored s : taken) {
            if (i >= s.seq().start() && i < s.seq().end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sequences cut short: a telltale lead and its first continuation with the
     * rest missing ("â€" then a letter), or a Thai lead standing alone in
     * Latin text ("โOur delegation,โ"). The lost character cannot be known;
     * these are reported, with the likeliest punctuation as a suggestion.
     */
    List<Flag> truncated(String t) {
        List<Flag> flags = new ArrayList<>();
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c < 0x80 || !pages.canLead(c)) {
                continue;
            }
            for (CodePage page : pages.pages()) {
                int b0 = page.byteOf(c);
                if (b0 != 0xE2) {
                    continue;
                }
                int j = i + 1;
                while (j < n && j < i + 3 && page.byteOf(t.charAt(j)) >= 0x80 && page.byteOf(t.charAt(j)) <= 0xBF) {
                    j++;
                }
                boolean cut = j < i + 3;
                boolean telltaleCut = j == i + 2 && page.isTelltale(c) && page.byteOf(t.charAt(i + 1)) == 0x80;
                boolean loneThai = j == i + 1 && Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI
                        && !hasOtherThai(t, i) && latinAround(t, i);
                if (cut && (telltaleCut || loneThai)) {
                    flags.add(new Flag(i, j, suggestion(t, i, j), "UTF-8 punctuation read as " + page.id()
                            + " with its last byte(s) lost; the character cannot be recovered"));
                    i = j - 1;
                    break;
                }
            }
        }
        return flags;
    }

    private static boolean hasOtherThai(String t, int at) {
        int from = Math.max(0, at - 200);
        int to = Math.min(t.length(), at + 200);
        for (int k = from; k < to; k++) {
            char c = t.charAt(k);
            if (k != at && c >= 0x0E01 && c <= 0x0E3A) {
                return true;
            }
        }
        return false;
    }

    private static boolean latinAround(String t, int i) {
        char prev = i > 0 ? t.charAt(i - 1) : ' ';
        char next = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
        return prev < 0x80 && next < 0x80 && (Character.isLetterOrDigit(prev) || Character.isLetterOrDigit(next)
                || prev == ',' || prev == '.');
    }

    /** The punctuation a lost E2 80 xx character most likely was, judging by its place. */
    private static String suggestion(String t, int start, int end) {
        char prev = start > 0 ? t.charAt(start - 1) : ' ';
        char next = end < t.length() ? t.charAt(end) : ' ';
        boolean wordBefore = Character.isLetterOrDigit(prev) || ".,;:!?".indexOf(prev) >= 0;
        boolean wordAfter = Character.isLetterOrDigit(next);
        if (Character.isLetter(prev) && wordAfter) {
            return "\u2019";
        }
        if (!wordBefore && wordAfter) {
            return "\u201c";
        }
        if (wordBefore && !wordAfter) {
            return "\u201d";
        }
        return null;
    }
}
