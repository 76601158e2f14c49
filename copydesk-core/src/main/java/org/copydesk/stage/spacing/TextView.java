package org.copydesk.stage.spacing;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.text.Chars;
import org.copydesk.text.LineKind;
import org.copydesk.text.TextAnalysis;

/**
 * One snapshot of the text as the spacing rules see it, on top of the shared
 * {@link TextAnalysis}: lines of code, preformatted or indented text and
 * table rows (their spacing is layout, never damage), URLs, addresses,
 * handles, hashtags and identifiers (never touched), quotations (verbatim,
 * keep their own spelling), and whether lines are hard-wrapped (a line
 * break is then layout, not damage).
 *
 * <p>Two levels of protection, because the shared reading of code is broader
 * than some spacing damage allows: it counts "summit.The", "(SCO)summit",
 * "[…]we", "$130." and "5%" as code-like chunks, and those are exactly what
 * some rules repair. {@link #isProtected} is the narrow one (the stage's own
 * chunks plus code and table lines); {@link #isCode} adds the shared
 * reading of identifiers, calls and markup, for rules whose damage never
 * looks like that.
 */
final class TextView {
    private static final Pattern CHUNK = Pattern.compile("\\S+");
    /** URLs, addresses, handles, hashtags, paths, code and dotted names such as example.com or node.js. */
    static final Pattern PROTECTED_CHUNK = Pattern.compile(
            "(?:.*(?:://|@|[/\\\\_=<>{}|~^`]).*)|(?:[(\\[\"“‘']?(?:www\\.|#).*)|(?:.*\\p{Ll}\\.\\p{Ll}.*)");

    /**
     * Every branch of {@link #PROTECTED_CHUNK} needs one of these ("://" a slash, "www." and a dotted name a
     * period): a chunk without any (most words) cannot match, and is not given to the pattern.
     */
    static final String PROTECTED_CHUNK_NEEDS = "@/\\_=<>{}|~^`#.";

    final String text;
    final TextAnalysis analysis;
    private final BitSet layoutLines;
    private final BitSet protectedChars = new BitSet();
    private final BitSet quotedChars = new BitSet();
    final boolean hardWrapped;
    private java.util.Map<String, Integer> tokenCounts;
    private java.util.Set<String> wordsMidSentence;
    private Boolean codeLines;

    TextView(TextAnalysis analysis) {
        this.analysis = analysis;
        this.text = analysis.text();
        this.layoutLines = layoutLines();
        Matcher m = CHUNK.matcher(text);
        while (m.find()) {
            if (Chars.anyOf(text, m.start(), m.end(), PROTECTED_CHUNK_NEEDS)
                    && PROTECTED_CHUNK.matcher(m.group()).matches()) {
                protectedChars.set(m.start(), m.end());
            }
        }
        markQuotes();
        this.hardWrapped = detectHardWrap();
    }

    /**
     * True when any character of [start, end) (or the one next to it) is part of a
     * URL, address, handle or hashtag, or lies on a line of code, preformatted text
     * or a table: spacing there is the author's layout.
     */
    boolean isProtected(int start, int end) {
        int next = protectedChars.nextSetBit(Math.max(0, start - 1));
        return next >= 0 && next < Math.min(text.length(), end + 1) || isLayoutLine(start)
                || end > start && isLayoutLine(end - 1);
    }

    /** As {@link #isProtected}, and also identifiers, calls, markup and f-strings as the shared analysis reads them. */
    boolean isCode(int start, int end) {
        return isProtected(start, end) || analysis.touchesCode(start, end);
    }

    /** A line of code, preformatted or indented text, or a table row. */
    boolean isLayoutLine(int pos) {
        return layoutLines.get(analysis.lineIndexAt(pos));
    }

    /**
     * Code and table lines as the shared analysis reads them, and one thing it does
     * not: a line indented by fewer than four spaces right under such a line
     * continues its block (the output of a "&gt;&gt;&gt;" session, a wrapped cell).
     */
    private BitSet layoutLines() {
        BitSet out = new BitSet();
        java.util.List<TextAnalysis.Line> lines = analysis.lines();
        for (int i = 0; i < lines.size(); i++) {
            TextAnalysis.Line line = lines.get(i);
            boolean layout = line.kind() == LineKind.CODE || line.kind() == LineKind.TABLE_ROW;
            boolean indented = line.end() > line.start() && Character.isWhitespace(text.charAt(line.start()));
            out.set(i, layout || indented && i > 0 && out.get(i - 1));
        }
        return out;
    }

    /**
     * Some line break has, before it and the spaces or tabs ahead of it, a character {@code before}
     * accepts: the rules that join words across a line break skip their scan of the whole text when none
     * has (a text of paragraphs ending in full stops).
     */
    boolean hasLineBreakAfter(java.util.function.IntPredicate before) {
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
            int i = nl;
            while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                i--;
            }
            if (i > 0 && before.test(text.codePointBefore(i))) {
                return true;
            }
        }
        return false;
    }

    /** Matches of a pattern that do not touch a protected chunk (URL, address, code and table lines...). */
    java.util.List<java.util.regex.MatchResult> unprotectedMatches(Pattern pattern) {
        return matches(pattern, false);
    }

    /** Matches of a pattern that touch no code at all, by the stage's reading or the shared one. */
    java.util.List<java.util.regex.MatchResult> codeFreeMatches(Pattern pattern) {
        return matches(pattern, true);
    }

    private java.util.List<java.util.regex.MatchResult> matches(Pattern pattern, boolean code) {
        java.util.List<java.util.regex.MatchResult> out = new java.util.ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (!(code ? isCode(m.start(), m.end()) : isProtected(m.start(), m.end()))) {
                out.add(m.toMatchResult());
            }
        }
        return out;
    }

    /** How often the token occurs in the text as it stands, sentence starts included. */
    synchronized int tokenCount(String word) {
        hasToken(word);
        return tokenCounts.getOrDefault(word, 0);
    }

    /** Every word token of the text as it stands: a name that also occurs unglued is a known name here. */
    synchronized boolean hasToken(String word) {
        if (tokenCounts == null) {
            tokenCounts = new java.util.HashMap<>();
            Matcher m = Words.TOKEN.matcher(text);
            while (m.find()) {
                tokenCounts.merge(m.group(), 1, Integer::sum);
            }
        }
        return tokenCounts.containsKey(word);
    }

    /** The document has a code line somewhere: identifiers there run words together on purpose. */
    synchronized boolean hasCodeLines() {
        if (codeLines == null) {
            codeLines = analysis.lines().stream().anyMatch(l -> l.kind() == LineKind.CODE);
        }
        return codeLines;
    }

    /**
     * The text writes this word on its own somewhere other than at a sentence start: for a capitalised
     * word ("our Nation"), a capital that says something of the word. Gathered in one pass when first
     * asked: a scan of the text per question made many glued tokens quadratic.
     */
    synchronized boolean writtenMidSentence(String word) {
        if (wordsMidSentence == null) {
            wordsMidSentence = new java.util.HashSet<>();
            Matcher m = Words.TOKEN.matcher(text);
            while (m.find()) {
                if (!analysis.startsSentence(m.start())) {
                    wordsMidSentence.add(m.group());
                }
            }
        }
        return wordsMidSentence.contains(word);
    }

    /** True when the position lies between quotation marks (the shared reading, or guillemets and „…“ here). */
    boolean isQuoted(int pos) {
        return quotedChars.get(pos) || analysis.inQuotation(pos, pos + 1);
    }

    /**
     * Marks text between paired quotation marks, paragraph by paragraph (an unpaired mark quotes nothing).
     * Kept beside the shared reading for what it lacks: « », „ “ and a “ typed for a closing ”.
     */
    private void markQuotes() {
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int open = -1;
            char closer = 0;
            for (int i = lineStart; i < lineEnd; i++) {
                char c = text.charAt(i);
                if (open < 0 && (c == '“' || c == '"' || c == '«' || c == '„')) {
                    open = i;
                    closer = c == '“' ? '”' : c == '«' ? '»' : c == '„' ? '“' : '"';
                } else if (open >= 0 && (c == closer || closer == '”' && c == '“' && i + 1 < lineEnd
                        && !Character.isLetter(text.charAt(i + 1)))) {
                    quotedChars.set(open, i + 1);
                    open = -1;
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /**
     * Most lines run on into the next, at similar, moderate lengths: a wrapped
     * layout. A few broken lines among one-line paragraphs are damage, not layout.
     */
    private boolean detectHardWrap() {
        int lines = 0;
        int runOn = 0;
        int wrapped = 0;
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            int len = all[i].strip().length();
            if (len == 0) {
                continue;
            }
            lines++;
            if (i + 1 < all.length && !all[i + 1].isBlank()) {
                runOn++;
                if (len >= 30 && len <= 100) {
                    wrapped++;
                }
            }
        }
        return runOn >= 3 && wrapped * 10 >= runOn * 6 && runOn * 2 > lines;
    }
}
