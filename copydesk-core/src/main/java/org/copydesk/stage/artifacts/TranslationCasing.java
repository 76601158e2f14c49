package org.copydesk.stage.artifacts;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;
import org.copydesk.lexicon.EnglishLexicon;
import org.copydesk.text.LineKind;
import org.copydesk.text.TextAnalysis;

/**
 * Casing that machine translation loses, where the words themselves settle it
 * (Spanish, French, Italian and Portuguese write months and sentence openers
 * the other way, and a translator copies that):
 * <ul>
 * <li>a month name in lower case next to a year or a day number ("in may 2019",
 * "15 march, 2020"): as a modal verb or a noun "may"/"march" is never followed by
 * a year, so the date decides it;</li>
 * <li>a paragraph of prose that opens in lower case after a finished sentence, in a
 * document whose sentences open with a capital (the document's own usage: at least
 * two, and twice as many as open in lower case), when the first word is an ordinary
 * English word (not a brand like iPhone, not code).</li>
 * </ul>
 */
final class TranslationCasing {
    static final String MONTH_RULE = "CASING_MONTH";
    static final String OPENER_RULE = "CASING_PARAGRAPH_START";
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b(january|february|march|april|may|june|july|august|september|october|november|december)"
                    + "(?=\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(?:19|20)\\d\\d\\b)");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<=\\b\\d{1,2}\\s)(january|february|march|april|may|june|july|august|september|october|november|december)"
                    + "(?=,?\\s+(?:19|20)\\d\\d\\b)");
    private static final Pattern FIRST_WORD = Pattern.compile("\\p{Ll}+(?=[\\s,;:])");
    /** Sentences of the document's prose that open with a capital, at the least, for its usage to count. */
    private static final int MIN_CAPITALISED_SENTENCES = 2;
    /** Frequency class (0..25) of LanguageTool's English word list: the article, pronouns, common adverbs. */
    private static final int COMMON_WORD = 15;

    private TranslationCasing() {
    }

    static void propose(Draft draft, EnglishLexicon english) {
        String t = draft.text();
        TextAnalysis analysis = draft.analysis();
        months(draft, t, analysis, MONTH_YEAR, "a year follows");
        months(draft, t, analysis, DAY_MONTH, "a day number and a year frame it");
        paragraphOpeners(draft, t, analysis, english);
    }

    private static void months(Draft draft, String t, TextAnalysis analysis, Pattern pattern, String evidence) {
        Matcher m = pattern.matcher(t);
        while (m.find()) {
            if (analysis.lineAt(m.start()).kind() == LineKind.CODE || analysis.touchesCode(m.start(), m.end())) {
                continue;
            }
            String month = m.group(1);
            draft.replace(m.start(), m.end(), month.substring(0, 1).toUpperCase(Locale.ROOT) + month.substring(1),
                    MONTH_RULE, "casing", 0.92, "month name in lower case in a date: " + evidence);
        }
    }

    private static void paragraphOpeners(Draft draft, String t, TextAnalysis analysis, EnglishLexicon english) {
        int lowerParagraphs = 0;
        for (TextAnalysis.Line line : analysis.lines()) {
            if (opensParagraph(analysis, line) && Character.isLowerCase(t.charAt(line.start()))) {
                lowerParagraphs++;
            }
        }
        if (lowerParagraphs == 0 || lowerParagraphs > 2) {
            return;
        }
        // the document's own usage, counted over every sentence of its prose (a short news item has few
        // paragraphs but more sentences): its sentences open with a capital, at least twice as often as not
        int capitalised = 0;
        int lower = 0;
        for (int at : analysis.sentenceStarts().toArray()) {
            if (analysis.lineAt(at).kind() == LineKind.PROSE) {
                char c = t.charAt(at);
                if (Character.isUpperCase(c) || Character.isDigit(c)) {
                    capitalised++;
                } else if (Character.isLowerCase(c)) {
                    lower++;
                }
            }
        }
        if (capitalised < MIN_CAPITALISED_SENTENCES || capitalised < 2 * lower) {
            return;
        }
        for (TextAnalysis.Line line : analysis.lines()) {
            if (!opensParagraph(analysis, line) || !Character.isLowerCase(t.charAt(line.start()))) {
                continue;
            }
            String text = t.substring(line.start(), line.end());
            Matcher w = FIRST_WORD.matcher(text);
            char last = text.stripTrailing().isEmpty() ? ' ' : text.stripTrailing().charAt(text.stripTrailing().length() - 1);
            if (!w.lookingAt() || ".!?\"”)".indexOf(last) < 0 || analysis.touchesCode(line.start(), line.start() + w.end())
                    || english.frequencyExact(w.group()) < COMMON_WORD || !afterFinishedProse(t, analysis, line)) {
                continue;
            }
            draft.replace(line.start(), line.start() + 1, text.substring(0, 1).toUpperCase(Locale.ROOT), OPENER_RULE,
                    "casing", 0.85, "a prose paragraph opening in lower case, after a finished sentence, where "
                            + capitalised + " of the document's " + (capitalised + lower) + " sentences open with a capital");
        }
    }

    /**
     * The paragraph before is prose that ended its sentence: after code, a colon or an unfinished
     * line, a lower-case paragraph goes on with the sentence ("… as follows: [code] which shows …"), and
     * after a quotation that holds no stop of its own too ("… who said: “Do Not Engage” [break] in 1645.").
     */
    private static boolean afterFinishedProse(String t, TextAnalysis analysis, TextAnalysis.Line line) {
        int i = lastMarkBefore(t, line.start());
        if (i <= 0) {
            return false;
        }
        TextAnalysis.Line before = analysis.lineAt(i);
        if (before.kind() != LineKind.PROSE || inListAfterColon(t, analysis, before)) {
            return false;
        }
        // a quotation finishes the sentence only with its own stop inside ("… he said: “Go.”"); a title or
        // slogan in quotation marks ("Do Not Engage in Useless Activity") runs on into the next line
        while (i > before.start() && "\"”".indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        return ".!?".indexOf(t.charAt(i)) >= 0;
    }

    /**
     * The paragraph holding {@code line} opens in lower case and is an item of a list a colon introduced, its
     * bullets lost ("… four limits: [break] two limits (soft and hard) refer to blocks. [break] two limits …"):
     * the next lower-case paragraph is the list's next item, not a sentence that lost its capital.
     */
    private static boolean inListAfterColon(String t, TextAnalysis analysis, TextAnalysis.Line line) {
        TextAnalysis.Line first = firstLineOfParagraph(analysis, line);
        for (int guard = 0; guard < MAX_LIST_ITEMS && Character.isLowerCase(t.charAt(first.start())); guard++) {
            int i = lastMarkBefore(t, first.start());
            if (i <= 0 || analysis.lineAt(i).kind() != LineKind.PROSE) {
                return false;
            }
            if (t.charAt(i) == ':') {
                return true;
            }
            first = firstLineOfParagraph(analysis, analysis.lineAt(i));
        }
        return false;
    }

    /** The offset of the last character before {@code at} that is not white space (0 or less: none). */
    private static int lastMarkBefore(String t, int at) {
        int i = at - 1;
        while (i > 0 && Character.isWhitespace(t.charAt(i))) {
            i--;
        }
        return i;
    }

    /** The first line of the run of prose lines that holds {@code line}. */
    private static TextAnalysis.Line firstLineOfParagraph(TextAnalysis analysis, TextAnalysis.Line line) {
        TextAnalysis.Line first = line;
        while (first.start() > 0 && analysis.lineAt(first.start() - 1).kind() == LineKind.PROSE) {
            first = analysis.lineAt(first.start() - 1);
        }
        return first;
    }

    /** Lower-case items of one list looked back over, at the most. */
    private static final int MAX_LIST_ITEMS = 20;

    /** A prose line that starts a paragraph: first line of the text or after a blank line. */
    private static boolean opensParagraph(TextAnalysis analysis, TextAnalysis.Line line) {
        if (line.kind() != LineKind.PROSE || line.start() == line.end()) {
            return false;
        }
        if (line.start() == 0) {
            return true;
        }
        TextAnalysis.Line before = analysis.lineAt(line.start() - 1);
        return before.kind() == LineKind.BLANK;
    }
}
