package org.copydesk.stage.artifacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The current text as words with offsets, sentence and paragraph numbers.
 * Rules match on words and look at the gaps between them for punctuation, so
 * one tokenisation serves every rule of the stage.
 */
final class TextView {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}\\p{M}]+)*");
    /** A full stop ending a sentence: punctuation, closing quotes or brackets, then white space. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’')\\]]*\\s");
    /** Abbreviations whose full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen",
            "sen", "rep", "gov", "lt", "col", "prof", "vs", "no", "co", "inc", "ltd", "corp", "mt", "ft", "sgt",
            "capt", "maj", "cmdr", "adm", "rev", "hon", "fr", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "approx", "etc", "e.g", "i.e");

    /** One word: offsets into the text, its sentence and paragraph. */
    record Token(int index, int start, int end, String text, String lower, int sentence, int paragraph) {
        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        boolean lowerCase() {
            return text.equals(lower) && Character.isLetter(text.codePointAt(0));
        }

        boolean allCaps() {
            return text.length() > 1 && text.equals(text.toUpperCase(Locale.ROOT)) && !text.equals(lower);
        }

        boolean numeric() {
            return Character.isDigit(text.codePointAt(0));
        }
    }

    private final String text;
    private final List<Token> tokens;
    private final int[] sentenceFirst;

    TextView(String text) {
        this.text = text;
        this.tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int sentence = 0;
        int paragraph = 0;
        List<Integer> firsts = new ArrayList<>();
        firsts.add(0);
        int prevEnd = 0;
        Token prev = null;
        while (m.find()) {
            String gap = text.substring(prevEnd, m.start());
            if (prev != null) {
                boolean newParagraph = gap.indexOf('\n') >= 0;
                if (newParagraph || endsSentence(prev, gap)) {
                    sentence++;
                    firsts.add(tokens.size());
                }
                if (newParagraph) {
                    paragraph++;
                }
            }
            String word = m.group();
            prev = new Token(tokens.size(), m.start(), m.end(), word, word.toLowerCase(Locale.ROOT), sentence,
                    paragraph);
            tokens.add(prev);
            prevEnd = m.end();
        }
        this.sentenceFirst = firsts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean endsSentence(Token prev, String gap) {
        Matcher end = SENTENCE_END.matcher(gap + " ");
        if (!end.find()) {
            return false;
        }
        if (gap.charAt(end.start()) == '.' && (ABBREVIATIONS.contains(prev.lower()) || prev.text().length() == 1
                && Character.isUpperCase(prev.text().charAt(0)))) {
            return false;
        }
        // "summit. , which": a stray full stop before a comma does not end the sentence
        String rest = gap.substring(Math.min(gap.length(), end.end()));
        return rest.indexOf(',') < 0 && rest.indexOf(';') < 0;
    }

    String text() {
        return text;
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    List<Token> tokens() {
        return tokens;
    }

    /** Word i, or null outside the text. */
    Token at(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    /** The text between word i-1 and word i (from the text start for the first word). */
    String gapBefore(int i) {
        int from = i > 0 ? tokens.get(i - 1).end() : 0;
        int to = i < tokens.size() ? tokens.get(i).start() : text.length();
        return text.substring(from, to);
    }

    /** The text after word i up to the next word (or the text end). */
    String gapAfter(int i) {
        return gapBefore(i + 1);
    }

    boolean sameSentence(int i, int j) {
        Token a = at(i);
        Token b = at(j);
        return a != null && b != null && a.sentence() == b.sentence();
    }

    int sentenceStart(int sentence) {
        return sentenceFirst[sentence];
    }

    /** One past the last word of the sentence. */
    int sentenceEnd(int sentence) {
        return sentence + 1 < sentenceFirst.length ? sentenceFirst[sentence + 1] : tokens.size();
    }

    /** First word of its sentence, or after a colon, semicolon, dash, bracket or quote that opens a clause. */
    boolean clauseStart(int i) {
        Token t = tokens.get(i);
        if (sentenceStart(t.sentence()) == i) {
            return true;
        }
        String gap = gapBefore(i);
        for (int k = 0; k < gap.length(); k++) {
            if (":;“\"‘([«—–•|".indexOf(gap.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the sentence is written in title case, like a headline: no
     * lower-case word of three or more letters except the usual short
     * function words of headlines.
     */
    boolean titleCase(int sentence, Set<String> headlineFunctionWords) {
        int from = sentenceStart(sentence);
        int to = sentenceEnd(sentence);
        int capitalised = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.lowerCase() && t.text().length() >= 3 && !headlineFunctionWords.contains(t.lower())) {
                return false;
            }
            if (t.capitalised()) {
                capitalised++;
            }
        }
        return capitalised >= 2;
    }

    /** Index of the first word starting at or after offset, or size(). */
    int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    int wordCount() {
        int n = 0;
        for (Token t : tokens) {
            if (!t.numeric()) {
                n++;
            }
        }
        return n;
    }
}
