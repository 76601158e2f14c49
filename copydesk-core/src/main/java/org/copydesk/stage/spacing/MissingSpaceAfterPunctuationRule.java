package org.copydesk.stage.spacing;

import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;

/**
 * No space after a comma or semicolon between words ("Moscow,Beijing"), or
 * after a period that ends a sentence ("summit.The talks", "do so.The vote"). Numbers
 * ("1,000"), abbreviations ("U.S.", "St.Petersburg"), file and domain names
 * stay, and so do code lines, identifiers and calls ("f(x,y)").
 *
 * <p>A sentence run on after a full stop stands between spaces: the word before
 * the stop starts after a space (or a line or quote start) and the sentence
 * goes on after the capitalised word. "(Python.File)", "logging.Formatter(" or
 * "'queue.Queue'" are glued to brackets and quotes on either side: names
 * from code, not two sentences. And a new sentence opens with a sentence
 * starter ("The", "In") or a name ("Kerry"). Before a capitalised common noun
 * ("reopened.Traffic", "logging.Handler") the document decides: a word the
 * text glues to a dot again and again ("logging.DEBUG", "logging.Handler") is
 * a module path, only reported.
 */
final class MissingSpaceAfterPunctuationRule implements SpacingRule {
    static final String RULE = "SPACE_AFTER_PUNCTUATION";
    private static final Pattern COMMA_BETWEEN_WORDS = Pattern.compile("(?=[,;])(?<=\\p{Ll}\\p{Ll})[,;](?=\\p{L}\\p{Ll})");
    private static final Pattern PERIOD_BEFORE_SENTENCE = Pattern.compile(
            "(?<=^|[\\s“\"‘])(\\p{L}\\p{Ll}{2,40}+|\\p{Ll}{2})\\.(\\p{Lu}\\p{Ll}+)(?=[\\s,;:]|$)", Pattern.MULTILINE);
    /**
     * Frequency class (0..25) a two-letter word before the stop needs: the words that end sentences ("do so.",
     * "for us.", "give up."), not abbreviations ("al.", "ed.", "pp.", "st.", "vs.", "cf.": classes 0 to 14).
     */
    private static final int SHORT_WORD_FREQUENCY = 15;

    /**
     * A parenthesis that closes a clause or sentence, the next word run on: "(ICN2).Speaking", "(WHO),Tedros". The
     * bracket opens after a space, so it is a remark in prose, not a call ("getX().Value", "f(a),G").
     */
    private static final Pattern AFTER_BRACKET = Pattern.compile(
            "(?<=(?:^|\\s)\\([^()\\n]{1,60}\\))([.,;])(\\p{Lu}\\p{Ll}+)(?=[\\s,;:]|$)", Pattern.MULTILINE);

    /** A period right before a capital letter, which the pattern needs: rare in prose ("U.S."), so most texts skip its scan. */
    private static boolean periodBeforeCapital(String text) {
        for (int i = text.indexOf('.'); i >= 0 && i + 1 < text.length(); i = text.indexOf('.', i + 1)) {
            if (Character.getType(text.codePointAt(i + 1)) == Character.UPPERCASE_LETTER) {
                return true;
            }
        }
        return false;
    }

    /** ")" then a period, comma or semicolon then a capital letter: what {@link #AFTER_BRACKET} needs. */
    private static boolean bracketMarkBeforeCapital(String text) {
        for (int i = text.indexOf(')'); i >= 0 && i + 2 < text.length(); i = text.indexOf(')', i + 1)) {
            if (".,;".indexOf(text.charAt(i + 1)) >= 0
                    && Character.getType(text.codePointAt(i + 2)) == Character.UPPERCASE_LETTER) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void apply(TextView view, SpacingLexicon lexicon, Draft draft) {
        for (MatchResult m : view.codeFreeMatches(COMMA_BETWEEN_WORDS)) {
            comma(view, lexicon, draft, m);
        }
        afterBracket(view, lexicon, draft);
        for (MatchResult m : periodBeforeCapital(view.text) ? view.unprotectedMatches(PERIOD_BEFORE_SENTENCE)
                : java.util.List.<MatchResult>of()) {
            String before = m.group(1);
            String after = m.group(2);
            if (!lexicon.isWord(before) || !(lexicon.isSentenceStarter(after) || lexicon.isWord(after))
                    || lexicon.isWhole(before + "." + after)
                    || before.length() == 2 && lexicon.frequency(before) < SHORT_WORD_FREQUENCY) {
                continue;
            }
            int at = m.end(1) + 1;
            int dotted = dottedUses(view.text, before);
            if (lexicon.isSentenceStarter(after) || isProperNoun(lexicon, after)) {
                draft.replace(at, at, " ", RULE, PUNCTUATION, 0.8,
                        "no space after a full stop before \"" + after + "\", a sentence opener or a name");
            } else if (dotted < 2) {
                draft.replace(at, at, " ", RULE, PUNCTUATION, 0.75,
                        "no space after a full stop; \"" + before + ".\" opens no other dotted name in the text");
            } else {
                draft.report(at, at, RULE, PUNCTUATION, 0.5, "no space after a full stop? the text writes \""
                        + before + ".\" before a name " + dotted + " times: a module or package name", " ");
            }
        }
    }

    private static void afterBracket(TextView view, SpacingLexicon lexicon, Draft draft) {
        // the pattern's look-behind tries up to 60 characters back at every position of the text (a tenth of the
        // pipeline's time on clean news); the ")" + mark + capital it needs is rare, so most texts skip the scan
        if (!bracketMarkBeforeCapital(view.text)) {
            return;
        }
        for (MatchResult m : view.unprotectedMatches(AFTER_BRACKET)) {
            String after = m.group(2);
            if (lexicon.isSentenceStarter(after) || lexicon.isWord(after) || isProperNoun(lexicon, after)) {
                draft.replace(m.end(1), m.end(1), " ", RULE, PUNCTUATION, 0.8, "no space after \"" + m.group(1)
                        + "\" closing a remark in brackets, before \"" + after + "\"");
            }
        }
    }

    /** How often the text glues "word." to a following letter: a module path ("logging.Handler", "logging.DEBUG"). */
    private static int dottedUses(String text, String word) {
        String dotted = word + ".";
        int n = 0;
        for (int i = text.indexOf(dotted); i >= 0; i = text.indexOf(dotted, i + 1)) {
            int after = i + dotted.length();
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (wordStart && after < text.length() && Character.isLetter(text.charAt(after))) {
                n++;
            }
        }
        return n;
    }

    /**
     * "Moscow,Beijing": one comma between two known words. Three or more items
     * run together ("rw,noatime,nodev") are an option or value list, and a part the
     * lexicon does not know is a code or option name: reported, not changed.
     */
    private static void comma(TextView view, SpacingLexicon lexicon, Draft draft, MatchResult m) {
        int start = m.start();
        while (start > 0 && !Character.isWhitespace(view.text.charAt(start - 1))) {
            start--;
        }
        int end = m.end();
        while (end < view.text.length() && !Character.isWhitespace(view.text.charAt(end))) {
            end++;
        }
        String chunk = view.text.substring(start, end);
        long separators = chunk.chars().filter(c -> c == ',' || c == ';').count();
        java.util.regex.Matcher left = Words.TOKEN.matcher(view.text).region(start, m.start());
        String leftWord = null;
        while (left.find()) {
            leftWord = left.group();
        }
        java.util.regex.Matcher right = Words.TOKEN.matcher(view.text).region(m.end(), end);
        String rightWord = right.lookingAt() ? right.group() : null;
        String reason = "no space after \"" + m.group() + "\"";
        if (separators == 1 && leftWord != null && rightWord != null && lexicon.isWhole(leftWord)
                && lexicon.isWhole(rightWord)) {
            draft.replace(m.end(), m.end(), " ", RULE, PUNCTUATION, 0.85, reason + " between two words");
        } else if (separators == 1) {
            draft.report(m.end(), m.end(), RULE, PUNCTUATION, 0.5, reason + ", but a part is no known word", " ");
        }
    }

    /** A name, or a capitalised dictionary entry more frequent than its lower-case twin ("Kerry", not "Handler"). */
    private static boolean isProperNoun(SpacingLexicon lexicon, String word) {
        int proper = lexicon.frequencyExact(word);
        return lexicon.isName(word) || proper >= 0 && proper > lexicon.frequencyExact(word.toLowerCase(Locale.ROOT));
    }
}
