package org.copydesk.stage.unicode;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;
import org.copydesk.lexicon.EnglishLexicon;
import org.copydesk.text.LineKind;
import org.copydesk.text.TextAnalysis;

/**
 * Guillemets (« » and the reversed » … » of some languages) left by a translator
 * in English prose: English quotes with “ ”. Which one a guillemet becomes is
 * decided by its place, not its shape — translators use both orientations: after
 * a space, a line start or a colon and before a letter it opens; after a letter
 * or punctuation it closes.
 *
 * <p>Evidence: the line is English prose (most of its words are in LanguageTool's
 * English dictionary; a French or German quotation keeps its guillemets), not code.
 * The document's own quote style decides the replacement (straight when it uses
 * straight double quotes more than curly ones).
 */
final class GuillemetQuotes {
    static final String RULE = "GUILLEMET_QUOTE";
    private static final Pattern GUILLEMET = Pattern.compile("[«»]");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final double ENGLISH_SHARE = 0.75;

    private GuillemetQuotes() {
    }

    static void propose(Draft draft, Supplier<EnglishLexicon> lexicon) {
        String t = draft.text();
        if (t.indexOf('«') < 0 && t.indexOf('»') < 0) {
            return;
        }
        EnglishLexicon english = lexicon.get();
        TextAnalysis analysis = draft.analysis();
        boolean straight = count(t, '"') > count(t, '“') + count(t, '”');
        Matcher m = GUILLEMET.matcher(t);
        // the share and the last closing mark are the line's: taken once per line, not once per guillemet
        // (a line of thousands of guillemets was quadratic)
        int lineStart = -1;
        double englishShare = 0;
        int lastCloser = -1;
        QuoteDepth open = null;
        while (m.find()) {
            TextAnalysis.Line line = analysis.lineAt(m.start());
            if (line.start() != lineStart) {
                lineStart = line.start();
                englishShare = share(t.substring(line.start(), line.end()), english);
                lastCloser = lastCloser(t, line.start(), line.end());
                open = new QuoteDepth(t, line.start());
            }
            if (line.kind() == LineKind.CODE || englishShare < ENGLISH_SHARE) {
                continue;
            }
            String percent = Math.round(100 * englishShare) + "%";
            int at = m.start();
            char before = at > line.start() ? t.charAt(at - 1) : ' ';
            int after = at + 1;
            boolean spaceThenLetter = after + 1 < line.end() && t.charAt(after) == ' '
                    && Character.isLetter(t.charAt(after + 1)) && (before == ' ' || before == ':' || at == line.start());
            boolean opens = Character.isWhitespace(before) || before == ':' || before == '(' || at == line.start();
            if (opens && lastCloser < after) {
                continue; // nothing closes it on the line: a separator or a pointer ("Related » A title", "Sign up »")
            }
            if (!opens && !open.openBefore(at)) {
                continue; // nothing opened a quotation before it on the line: a teaser's pointer ("… their hardships.»")
            }
            if (opens) {
                // "» The poor" opened a quotation: the quote goes on the word, as English has it
                int end = spaceThenLetter ? after + 1 : after;
                draft.replace(at, end, straight ? "\"" : "“", RULE, "punctuation", 0.9,
                        "a guillemet opening a quotation in an English line (" + percent
                                + " of its words English)");
            } else {
                draft.replace(at, after, straight ? "\"" : "”", RULE, "punctuation", 0.9,
                        "a guillemet closing a quotation in an English line (" + percent
                                + " of its words English)");
            }
        }
    }

    /**
     * Where the line's last guillemet or closing quotation mark stands, or -1: one after a
     * guillemet shows that what the guillemet opened is a quotation.
     */
    private static int lastCloser(String t, int lineStart, int lineEnd) {
        for (int i = lineEnd - 1; i >= lineStart; i--) {
            char c = t.charAt(i);
            if (c == '«' || c == '»' || c == '”' || c == '"') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a quotation is open at a place of one line: the guillemets and double quotation marks before it,
     * each opening where it follows a space, bracket or colon (or starts the line) and closing elsewhere, leave
     * one unclosed. A title quoted and closed earlier in the line ("the film "Maisinicu" … (MININT)»") opens
     * nothing. Asked at places further on each time, it reads on from where it stopped, so a line of thousands
     * of guillemets is read once.
     */
    private static final class QuoteDepth {
        private final String text;
        private final int lineStart;
        private int read;
        private int depth;

        QuoteDepth(String text, int lineStart) {
            this.text = text;
            this.lineStart = lineStart;
            this.read = lineStart;
        }

        boolean openBefore(int at) {
            for (; read < at; read++) {
                char c = text.charAt(read);
                if (c == '«' || c == '»' || c == '“' || c == '”' || c == '"') {
                    char before = read > lineStart ? text.charAt(read - 1) : ' ';
                    boolean opening = c == '«' || c == '“' || c != '”' && (Character.isWhitespace(before)
                            || before == '(' || before == ':' || read == lineStart);
                    depth = opening ? depth + 1 : Math.max(0, depth - 1);
                }
            }
            return depth > 0;
        }
    }

    private static double share(String line, EnglishLexicon english) {
        int words = 0;
        int known = 0;
        Matcher w = WORD.matcher(line);
        while (w.find()) {
            words++;
            if (english.isWord(w.group())) {
                known++;
            }
        }
        return words < 4 ? 0 : (double) known / words;
    }

    private static int count(String t, char c) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
