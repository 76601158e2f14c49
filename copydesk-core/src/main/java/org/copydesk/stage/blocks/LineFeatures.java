package org.copydesk.stage.blocks;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The features of one line and its place on the page that a line classifier
 * (issue 12) weighs to tell chrome from body without a pattern for every
 * site: how long it is, whether it is shaped like a sentence, how it ends, how
 * it is capitalised, whether it is cut into menu items by separators, and where
 * it stands relative to the story's prose. Not used for removals yet: the
 * pattern rows and their context checks decide, and a learned or weighted
 * decision over these features must first prove its precision on the
 * modern-English corpus.
 *
 * @param words            words of the line
 * @param characters       length of the folded line
 * @param sentenceShape    six or more words, starts with a capital or digit, ends in . ! or ?
 * @param terminal         ends in sentence or clause punctuation
 * @param functionWordShare share of the words that are English function words (prose has many, menus few)
 * @param capitalisedShare share of the words that start with a capital (titles and menus high)
 * @param separators       menu separators in the line: » | · • › /
 * @param beforeProse      kept blocks between the top and this line, when it is above the first prose paragraph
 * @param afterProse       blocks between the last prose paragraph and this line, when it is below it; else -1
 * @param isolated         blank lines above and below: a paragraph of its own, not a line of a run
 * @param code             code or preformatted text (see {@link CodeBlocks})
 */
record LineFeatures(int words, int characters, boolean sentenceShape, boolean terminal, double functionWordShare,
                    double capitalisedShare, int separators, int beforeProse, int afterProse, boolean isolated,
                    boolean code) {

    /** Closed-class English words: their share separates running prose from labels and menus. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
            "that", "this", "these", "those", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it",
            "its", "he", "she", "they", "we", "his", "her", "their", "our", "not", "will", "would", "said", "which",
            "who", "after", "before", "into", "than", "if", "there");
    private static final String SEPARATORS = "»|·•›/";

    /** Features of every block: {@code code} from {@link CodeBlocks#mark}, prose as {@link Block#sentence()}. */
    static LineFeatures[] of(List<Block> blocks, boolean[] code) {
        int n = blocks.size();
        int firstProse = -1;
        int lastProse = -1;
        for (int i = 0; i < n; i++) {
            if (blocks.get(i).sentence() && !code[i]) {
                firstProse = firstProse < 0 ? i : firstProse;
                lastProse = i;
            }
        }
        LineFeatures[] out = new LineFeatures[n];
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            List<String> tokens = List.of(b.text().split(" "));
            int function = 0;
            int capitalised = 0;
            int counted = 0;
            for (String t : tokens) {
                String w = trimToWord(t);
                if (w.isEmpty()) {
                    continue;
                }
                counted++;
                function += FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT)) ? 1 : 0;
                capitalised += Character.isUpperCase(w.codePointAt(0)) ? 1 : 0;
            }
            int separators = (int) b.text().chars().filter(c -> SEPARATORS.indexOf(c) >= 0).count();
            boolean above = i > 0 && blocks.get(i - 1).lineNo() == b.lineNo() - 1;
            boolean below = i + 1 < n && blocks.get(i + 1).lineNo() == b.lineNo() + 1;
            boolean startsCapital = !b.text().isEmpty() && (Character.isUpperCase(b.text().codePointAt(0))
                    || Character.isDigit(b.text().codePointAt(0)) || b.quotation());
            out[i] = new LineFeatures(b.words(), b.text().length(), b.sentence() && startsCapital, b.terminal(),
                    counted == 0 ? 0 : (double) function / counted, counted == 0 ? 0 : (double) capitalised / counted,
                    separators, firstProse >= 0 && i < firstProse ? i : -1,
                    lastProse >= 0 && i > lastProse ? i - lastProse : -1, !above && !below, code[i]);
        }
        return out;
    }

    /**
     * Looks like a label rather than prose: short, not sentence-shaped, few function words, mostly
     * capitalised or cut by separators. A cue for review, never a removal by itself.
     */
    boolean labelLike() {
        return !code && !sentenceShape && words <= 8 && functionWordShare < 0.25
                && (capitalisedShare >= 0.5 || separators >= 2);
    }

    /** The token without the characters that are neither letters nor numbers at either end ("(Reuters)," to Reuters). */
    static String trimToWord(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !letterOrNumber(token.codePointAt(start))) {
            start += Character.charCount(token.codePointAt(start));
        }
        while (end > start && !letterOrNumber(token.codePointBefore(end))) {
            end -= Character.charCount(token.codePointBefore(end));
        }
        return token.substring(start, end);
    }

    /** {@code \\p{L}} or {@code \\p{N}}. */
    private static boolean letterOrNumber(int cp) {
        return Character.isLetter(cp) || LineCues.isNumber(cp);
    }
}
