package org.copydesk.stage.blocks;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.text.TextAnalysis;

/** Splits text into line blocks and computes their features. */
final class BlockSplitter {
    private static final String BULLETS = "•·▪▸►◦‣∙●○■□◆◇-–—*";
    /** Marks a line opening with a quotation (folded: curly quotes are straight here). */
    private static final String OPENING_QUOTES = "\"'«»‹›„";
    /**
     * An attribution closing a quotation: a sentence end, a dash and a capitalised name
     * with a short source ("... habits. -- Mark Twain, \"Notebook\""). Folded, so any dash is '-'.
     */
    private static final Pattern ATTRIBUTION = Pattern.compile("[.!?\"'] ?-{1,3} ?\\p{Lu}[^.!?]{0,60}(?:\\.[^.!?]{0,60}){0,3}$");

    private BlockSplitter() {
    }

    static List<Block> split(String text) {
        return split(text, TextAnalysis.of(text));
    }

    static List<Block> split(String text, TextAnalysis analysis) {
        List<Block> blocks = new ArrayList<>();
        int lineStart = 0;
        int lineNo = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            int s = lineStart;
            int e = lineEnd;
            while (s < e && isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                blocks.add(block(blocks.size(), lineNo, lineStart, lineEnd, s, e, text, analysis));
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
            lineNo++;
        }
        return blocks;
    }

    private static Block block(int index, int lineNo, int lineStart, int lineEnd, int start, int end, String text,
                               TextAnalysis analysis) {
        String raw = text.substring(start, end);
        String folded = fold(raw);
        boolean bulleted = false;
        if (folded.length() >= 2 && BULLETS.indexOf(folded.charAt(0)) >= 0 && folded.charAt(1) == ' ') {
            bulleted = true;
            folded = folded.substring(2);
        } else if (folded.length() >= 2 && "•·▪▸►◦‣∙●■◆".indexOf(folded.charAt(0)) >= 0) {
            bulleted = true;
            folded = folded.substring(1).strip();
        }
        char last = Block.lastSignificant(folded);
        boolean ellipsis = folded.endsWith("…") || folded.endsWith("...") || folded.endsWith("[…]");
        boolean terminal = ".!?:;…".indexOf(last) >= 0;
        boolean quotation = OPENING_QUOTES.indexOf(folded.charAt(0)) >= 0 || ATTRIBUTION.matcher(folded).find()
                || analysis.inQuotation(start, start + 1) && analysis.inQuotation(end - 1, end);
        return new Block(index, lineNo, lineStart, lineEnd, start, end, raw, folded, bulleted, countWords(folded), terminal,
                ellipsis, indent(text, lineStart, start), analysis.lineAt(start).kind(), analysis.touchesCode(start, end),
                quotation);
    }

    /** Leading spaces and tabs of the line (a tab counts four); other blank characters do not indent. */
    private static int indent(String text, int lineStart, int start) {
        int n = 0;
        for (int i = lineStart; i < start; i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                n += 4;
            } else if (c == ' ') {
                n++;
            }
        }
        return n;
    }

    /** Straight quotes, plain hyphens for dashes, one space for any run of spaces. */
    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space && sb.length() > 0) {
                sb.append(' ');
            }
            space = false;
            sb.append(switch (c) {
                case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033' -> '"';
                case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032' -> '\'';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                default -> c;
            });
        }
        return sb.toString();
    }

    /** The words of each line of {@code text} (tokens with a letter or digit), in order. */
    static List<Integer> wordsPerLine(String text) {
        List<Integer> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            out.add(countWords(line));
        }
        return out;
    }

    static int countWords(String s) {
        int words = 0;
        boolean counted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                counted = false;
                continue;
            }
            if (!counted && Character.isLetterOrDigit(c)) {
                words++;
                counted = true;
            }
        }
        return words;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
    }
}
