package org.copydesk.stage.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.text.TextAnalysis;

/**
 * A name written inside a sentence of another language ("… diálogo con el ELN en La Habana si …", an
 * embedded post or a quotation the page left untranslated) is that language's spelling, right where it
 * stands: respelling it to the English form would mix the two. The words around the mention decide: within
 * its sentence, up to {@link #REACH} lower-case words on each side, at least {@link #MIN_FOREIGN} that no
 * English word list knows and no fewer of them than of English words; a quotation mark bounds the words
 * read, so a quotation is judged by its own words. Capitalised words are left out (names are unknown to
 * English in every language), and so are links, handles and tags.
 */
final class ForeignSurroundings {
    static final int REACH = 12;
    static final int MIN_FOREIGN = 3;
    /** A word of letters (apostrophes inside), not part of a link, handle, tag or file name. */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}@#/._-])\\p{L}[\\p{L}\\p{M}'’]*(?![\\p{L}\\p{M}\\p{N}@/_-]|\\.\\p{L})");

    private static final String QUOTE_MARKS = "\"«»“”„‹›";

    private final TextAnalysis analysis;
    private final Predicate<String> englishWord;

    /** {@code englishWord} answers for a lower-case word. */
    ForeignSurroundings(TextAnalysis analysis, Predicate<String> englishWord) {
        this.analysis = analysis;
        this.englishWord = englishWord;
    }

    /** The mention [start, end) stands in a sentence of another language. */
    boolean foreign(int start, int end) {
        String text = analysis.text();
        TextAnalysis.Line line = analysis.lineAt(start);
        int from = afterQuoteMark(text, sentenceStartAtOrBefore(line.start(), start), start);
        int to = beforeQuoteMark(text, end, sentenceEndAfter(end, line.end()));
        int[] before = count(text, from, start, true);
        int[] after = count(text, end, to, false);
        int foreign = before[0] + after[0];
        int english = before[1] + after[1];
        return foreign >= MIN_FOREIGN && foreign >= english;
    }

    /** A quotation mark between the sentence's start and the mention bounds the words read: the quotation's. */
    private static int afterQuoteMark(String text, int from, int pos) {
        for (int p = pos - 1; p >= from; p--) {
            if (QUOTE_MARKS.indexOf(text.charAt(p)) >= 0) {
                return p + 1;
            }
        }
        return from;
    }

    private static int beforeQuoteMark(String text, int pos, int to) {
        for (int p = pos; p < to; p++) {
            if (QUOTE_MARKS.indexOf(text.charAt(p)) >= 0) {
                return p;
            }
        }
        return to;
    }

    private int sentenceStartAtOrBefore(int lineStart, int pos) {
        for (int p = pos; p > lineStart; p--) {
            if (analysis.startsSentence(p)) {
                return p;
            }
        }
        return lineStart;
    }

    private int sentenceEndAfter(int pos, int lineEnd) {
        for (int p = pos + 1; p < lineEnd; p++) {
            if (analysis.startsSentence(p)) {
                return p;
            }
        }
        return lineEnd;
    }

    /** {foreign, English} lower-case words in [from, to), the {@link #REACH} nearest the mention. */
    private int[] count(String text, int from, int to, boolean nearestLast) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            String w = m.group();
            if (Character.isLowerCase(w.codePointAt(0)) && w.length() >= 2) {
                words.add(w.toLowerCase(Locale.ROOT).replace('’', '\''));
            }
        }
        int first = nearestLast ? Math.max(0, words.size() - REACH) : 0;
        int last = nearestLast ? words.size() : Math.min(words.size(), REACH);
        int[] counts = new int[2];
        for (String w : words.subList(first, last)) {
            counts[englishWord.test(w) ? 1 : 0]++;
        }
        return counts;
    }
}
