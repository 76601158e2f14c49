package org.copydesk.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reading of a text version, shared by every stage: its lines and what kind
 * each is (prose, code or preformatted, heading, list item, table row), the
 * characters no rule may touch (URLs, e-mail, handles, code and identifiers),
 * quotations, sentence starts, and the document's own usage of each word form
 * (how often "Federal" and "federal" occur). Built once per text version by
 * {@link org.copydesk.core.Draft#analysis()}; immutable, so safe to share.
 *
 * <p>Why: rules that each read the text their own way disagreed on what a
 * sentence, a name or a piece of code is, and changed code, headings and
 * quotations that were correct. A rule asks here first.
 */
public final class TextAnalysis {
    private static final Pattern CHUNK = Pattern.compile("\\S+");
    /**
     * URLs, addresses, handles, paths, code, dotted identifiers such as logging.Formatter or node.js, and
     * namespaced ones such as Hash::Util or std::vector.
     */
    static final Pattern CODE_CHUNK = Pattern.compile(
            "(?:.*(?:://|@|[/\\\\_=<>{}|~^`*#$%]).*)|(?:[(\\[\"“‘']?www\\..*)|(?:.*[\\p{L}\\d]\\.[\\p{L}_].*)"
                    + "|(?:.*\\w\\(.*)|(?:.*\\)\\w.*)|(?:.*[\\[\\]].*)|(?:--?[a-z].*)|(?:[A-Za-z]\\w*::?\\w.*)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’')\\]]*\\s+");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Prof|Rev|Mt|No|vs|etc|Inc|Ltd|Co|Corp|U\\.S|e\\.g|i\\.e|[A-Z])\\.)$");

    private final String text;
    private final List<Line> lines = new ArrayList<>();
    private final BitSet code = new BitSet();
    private final BitSet quoted = new BitSet();
    private final BitSet sentenceStarts = new BitSet();
    private final Map<String, Integer> formCounts = new HashMap<>();
    /** Built on first use by {@link #codeWord}; immutable once built, so a second build by a racing thread is harmless. */
    private volatile java.util.Set<String> codeWords;

    /** Lines or identifiers of program code from which a text is a manual (dev-wild news pages: at most one). */
    public static final int MANUAL_EVIDENCE = 3;
    /**
     * What stages scale their changes' confidence by in a manual, whose furniture and notation read like scraping
     * damage: every change falls under the 0.75 apply threshold and is reported instead.
     */
    public static final double MANUAL_DOUBT = 0.6;
    /** Lines that are code by layout and by words; see {@link #programEvidence()}. */
    private int programLines;
    /** Built on first use by {@link #programEvidence()}; -1 until then. */
    private volatile int programIdentifiers = -1;

    private TextAnalysis(String text) {
        this.text = text;
        readLines();
        markCodeChunks();
        markQuotations();
        markSentenceStarts();
        countForms();
    }

    public static TextAnalysis of(String text) {
        return new TextAnalysis(text);
    }

    public String text() {
        return text;
    }

    public List<Line> lines() {
        return lines;
    }

    /** The line holding offset {@code pos} (the last line for the end of the text). */
    public Line lineAt(int pos) {
        return lines.get(lineIndexAt(pos));
    }

    /** The index in {@link #lines()} of the line holding offset {@code pos}. */
    public int lineIndexAt(int pos) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).start() <= pos) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * True when more “ open than ” close between the start of the paragraph holding
     * {@code at} and {@code at}: a ” there closes a quotation, elsewhere it may stand
     * for something else (an apostrophe, a lost byte).
     */
    public boolean quotationOpenAt(int at) {
        int start = text.lastIndexOf("\n\n", at);
        int depth = 0;
        for (int i = Math.max(0, start); i < at; i++) {
            char c = text.charAt(i);
            if (c == '\u201c') {
                depth++;
            } else if (c == '\u201d') {
                depth = Math.max(0, depth - 1);
            }
        }
        return depth > 0;
    }

    /**
     * True when any character of [start, end), or the one just before or after it,
     * is code: a URL, address, identifier, markup, or a line of code or preformatted
     * text. Rules for prose leave such spans alone.
     */
    public boolean touchesCode(int start, int end) {
        int from = Math.max(0, start - 1);
        int next = code.nextSetBit(from);
        if (next >= 0 && next < Math.min(text.length(), end + 1)) {
            return true;
        }
        Line first = lineAt(start);
        Line last = lineAt(Math.max(start, end - 1));
        return first.kind() == LineKind.CODE || last.kind() == LineKind.CODE;
    }

    /**
     * True when the text also writes this word as a program's: on a line of code, or in an option, a
     * namespaced or underscored identifier or a call ("-lang", "Hash::Util", "read_file", "init()"). Such a
     * word in the prose around is the same technical term ("where lang is the language code", "the nouveau
     * driver"), not a typo, a glued pair or a foreign leftover. Links, addresses and paths do not count: a
     * page's URLs carry the words of its site's language ("/internacional/gobierno-...").
     */
    public boolean codeWord(String word) {
        java.util.Set<String> words = codeWords;
        if (words == null) {
            words = collectCodeWords();
            codeWords = words;
        }
        return words.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The word at {@code start} names a program: the text also writes it as code ({@link #codeWord}), or it
     * opens a sentence in lower case ("uscan checks whether ...", "uupdate prepares ..."), where a writer
     * capitalises any other word. Neither a typo nor words run together.
     */
    public boolean programName(String word, int start) {
        return codeWord(word) || startsSentence(start) && Character.isLowerCase(word.codePointAt(0));
    }

    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");
    private static final Pattern PROGRAM_CHUNK = Pattern.compile("--?\\p{Ll}.*|.*(?:::|_|\\w\\().*");

    private java.util.Set<String> collectCodeWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Line line : lines) {
            if (line.kind() == LineKind.CODE) {
                addWords(line.start(), line.end(), out);
            }
        }
        Matcher chunk = CHUNK.matcher(text);
        for (int i = code.nextSetBit(0); i >= 0; i = code.nextSetBit(i)) {
            int end = code.nextClearBit(i);
            chunk.region(i, end);
            while (chunk.find()) {
                String c = chunk.group();
                if (c.indexOf('/') < 0 && c.indexOf('@') < 0 && !c.startsWith("www.") && PROGRAM_CHUNK.matcher(c).matches()) {
                    addWords(chunk.start(), chunk.end(), out);
                }
            }
            i = end;
        }
        return java.util.Set.copyOf(out);
    }

    private void addWords(int from, int to, java.util.Set<String> out) {
        Matcher w = LETTERS.matcher(text).region(from, to);
        while (w.find()) {
            out.add(w.group().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** True when [start, end) lies inside quotation marks: quoted words keep the speaker's form. */
    public boolean inQuotation(int start, int end) {
        return quoted.get(start) || (end > start && quoted.get(end - 1));
    }

    /** True when the word at {@code pos} opens a sentence (after . ! ? or at the start of a line). */
    public boolean startsSentence(int pos) {
        return sentenceStarts.get(pos);
    }

    /** Where sentences open (the first letter or digit), in text order. */
    public java.util.stream.IntStream sentenceStarts() {
        return sentenceStarts.stream();
    }

    /** How often the text uses exactly this form (case-sensitive), as a whole word. */
    public int count(String form) {
        return formCounts.getOrDefault(form, 0);
    }

    /** How often the text uses this word in lower case, mid-sentence: evidence of the document's own usage. */
    public int countLower(String word) {
        return count(word.toLowerCase(Locale.ROOT));
    }

    /** True when the line at {@code pos} is prose (not code, heading, list, table). */
    public boolean inProse(int pos) {
        return lineAt(pos).kind() == LineKind.PROSE;
    }

    /**
     * Lines and their kinds. Beyond each line's own shape, two layouts make a block of code whatever its
     * lines say: a Markdown fence (``` or ~~~, the fences included) and a reST literal block, the lines
     * indented deeper than a paragraph that ends in "::" ("A command line ::" over "   --names=foo,bar").
     */
    private void readLines() {
        int start = 0;
        LiteralLayout layout = new LiteralLayout();
        int margin = TextMargin.of(text);
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
            int indent = LiteralLayout.indentOf(line);
            boolean layoutCode = layout.holds(line, indent);
            String atMargin = TextMargin.strip(line, margin);
            // read once: the line's kind and the program evidence both take it
            boolean words = !line.isBlank() && LineClassifier.readsAsCode(atMargin);
            LineKind kind = layoutCode ? LineKind.CODE : LineClassifier.classify(atMargin, previousKind(), words);
            // code twice over: set apart by its layout (a fence, a literal block, indented beyond the margin)
            // and code by its words; a scrape's indented menu or a page's script residue is only one of them
            if (words && (layoutCode || LiteralLayout.indentOf(atMargin) > 0)) {
                programLines++;
            }
            if (kind != LineKind.CODE && line.stripTrailing().endsWith("::")) {
                layout.openLiteral(indent);
            }
            lines.add(new Line(start, end, kind));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
    }

    /** The kind of the nearest non-blank line above: a code block goes on across its blank lines. */
    private LineKind previousKind() {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).kind() != LineKind.BLANK) {
                return lines.get(i).kind();
            }
        }
        return LineKind.BLANK;
    }

    private void markCodeChunks() {
        Matcher m = CHUNK.matcher(text);
        while (m.find()) {
            if (hasCodeCharacter(text, m.start(), m.end()) && CODE_CHUNK.matcher(m.group()).matches()) {
                code.set(m.start(), m.end());
            }
        }
    }

    /**
     * Every branch of {@link #CODE_CHUNK} needs one of these characters, so a chunk without any (most words)
     * cannot match; the regex, with its leading {@code .*} per branch, is what this analysis spent most on.
     */
    private static final String CODE_CHARACTERS = ":@/\\_=<>{}|~^`*#$%.()[]-";

    /**
     * How much of the text is about a program: its lines of code (set apart by layout and code by their words)
     * plus the distinct program identifiers its prose names ({@code List::Util}, {@code shuffle()},
     * {@code --verbose}). A manual or reference page has several; news copy, scraped or not, none or one. Its
     * own furniture and notation read like scraping damage, so stages weigh their evidence by it.
     */
    public int programEvidence() {
        return programLines + programIdentifiers();
    }

    /** The evidence {@link #isManual()} stands on, for a reason: "the document holds 5 lines or identifiers …". */
    public String manualEvidence() {
        return "the document holds " + programEvidence() + " lines or identifiers of program code, a manual";
    }

    /** A manual or reference page: at least {@link #MANUAL_EVIDENCE} lines or identifiers of program code. */
    public boolean isManual() {
        return programLines >= MANUAL_EVIDENCE || programEvidence() >= MANUAL_EVIDENCE;
    }

    private int programIdentifiers() {
        int identifiers = programIdentifiers;
        if (identifiers < 0) {
            identifiers = ProgramIdentifiers.count(text, lines);
            programIdentifiers = identifiers;
        }
        return identifiers;
    }

    /**
     * A line (stripped of its surrounding whitespace) that opens a reST literal block: a paragraph ending in "::"
     * or a directive (".. code-block:: python"). The blocks stage's code marking asks the same question.
     */
    public static boolean opensLiteralBlock(String strippedLine) {
        return LiteralLayout.opensLiteralBlock(strippedLine);
    }

    static boolean hasCodeCharacter(String text, int from, int to) {
        return Chars.anyOf(text, from, to, CODE_CHARACTERS);
    }

    private void markQuotations() {
        for (Line line : lines) {
            if (line.kind() == LineKind.CODE) {
                continue;
            }
            markQuotes(line.start(), line.end(), '"', '"');
            markQuotes(line.start(), line.end(), '“', '”');
        }
    }

    private void markQuotes(int from, int to, char open, char close) {
        int i = from;
        while (i < to) {
            int a = indexIn(text, open, i, to);
            if (a < 0) {
                return;
            }
            int b = indexIn(text, close, a + 1, to);
            if (b < 0) {
                return;
            }
            quoted.set(a, b + 1);
            i = b + 1;
        }
    }

    /**
     * First {@code c} in [from, to), else -1. Not {@code String.indexOf}: run once per line, it searched on
     * to the next quote anywhere in the text, to the end of a text without one, which was quadratic.
     */
    static int indexIn(String s, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private void markSentenceStarts() {
        for (Line line : lines) {
            int first = firstLetter(line.start(), line.end());
            if (first >= 0) {
                sentenceStarts.set(first);
            }
        }
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 6), m.start() + 1);
            if (ABBREVIATION.matcher(before).find()) {
                continue;
            }
            int next = firstLetter(m.end(), Math.min(text.length(), m.end() + 3));
            if (next >= 0) {
                sentenceStarts.set(next);
            }
        }
    }

    private int firstLetter(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return i;
            }
            if (!(Character.isWhitespace(c) || "\"“‘'([*-•–—".indexOf(c) >= 0)) {
                return -1;
            }
        }
        return -1;
    }

    private void countForms() {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (!sentenceStarts.get(m.start())) {
                formCounts.merge(m.group(), 1, Integer::sum);
            }
        }
    }

    /** One line of the text: its span (without the line break) and what kind of line it is. */
    public record Line(int start, int end, LineKind kind) {
    }
}
