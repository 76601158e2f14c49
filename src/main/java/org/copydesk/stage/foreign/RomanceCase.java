package org.copydesk.stage.foreign;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;
import org.copydesk.text.LineKind;
import org.copydesk.text.TextAnalysis;

/**
 * Capitals lost in translation. Spanish, Portuguese, French and Italian write months
 * in lower case ("en mayo de 2019"), and a word-for-word translation keeps it ("in may
 * 2019"); a month name followed by a day or a year is a date, never the verb or noun it
 * also spells. Machine translation also drops the capital of a paragraph's first word
 * ("the administration said…"): a prose paragraph of several words after a paragraph
 * that ended a sentence, starting with a common English word in lower case, is a
 * sentence start. Technical text opens paragraphs with identifiers and continues a
 * sentence across a code block, so a paragraph after code, a heading, a colon or a
 * line without a sentence end is left alone (except the document's headline).
 */
final class RomanceCase {
    static final String RULE_MONTH = "FOREIGN_MONTH_CASE";
    static final String RULE_PARAGRAPH = "FOREIGN_PARAGRAPH_CASE";
    private static final Pattern MONTH = Pattern.compile("(?<=\\b(?:[Ii]n|[Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Oo]f|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id-) )"
            + "(january|february|march|april|may|june|july|august|september|october|november|december)"
            + "(?= (?:\\d{1,2}(?:st|nd|rd|th)?\\b(?![.,]\\d)|(?:1[89]|20)\\d\\d\\b))");
    private static final int MIN_WORDS = 6;

    private final ForeignModel model;

    RomanceCase(ForeignModel model) {
        this.model = model;
    }

    void fix(Draft draft) {
        TextAnalysis analysis = draft.analysis();
        String text = draft.text();
        Matcher m = MONTH.matcher(text);
        while (m.find()) {
            if (analysis.lineAt(m.start()).kind() == LineKind.PROSE && !analysis.touchesCode(m.start(), m.end())) {
                draft.replace(m.start(), m.end(), capital(m.group(1)), RULE_MONTH, "foreign", 0.9,
                        "a month in lower case before a day or year: the Romance spelling of a date");
            }
        }
        paragraphs(draft, analysis, text);
    }

    private void paragraphs(Draft draft, TextAnalysis analysis, String text) {
        List<TextAnalysis.Line> lines = analysis.lines();
        for (int i = 2; i < lines.size(); i++) {
            // i >= 2: a blank line and something before it
            TextAnalysis.Line line = lines.get(i);
            if (line.kind() != LineKind.PROSE || lines.get(i - 1).kind() != LineKind.BLANK) {
                continue;
            }
            TextAnalysis.Line prev = previousNonBlank(lines, i);
            boolean headline = prev != null && prev.equals(firstNonBlank(lines));
            if (prev == null || prev.kind() != LineKind.PROSE && !(headline && prev.kind() == LineKind.HEADING)) {
                continue;
            }
            String before = text.substring(prev.start(), prev.end()).strip();
            boolean finished = before.matches("(?s).*\\p{Ll}[.!?][\"\u201D\u2019)]?");
            if (!finished && !(headline && title(text, prev))) {
                continue;
            }
            List<Token> words = Token.words(text, line.start(), line.end());
            if (words.size() < MIN_WORDS) {
                continue;
            }
            Token first = words.get(0);
            String w = first.text();
            String lineText = text.substring(line.start(), line.end());
            char after = first.end() < text.length() ? text.charAt(first.end()) : ' ';
            // "fortune: cannot execute" is a program's message, "pip install" a command: a sentence goes on with a space or comma
            if (after != ' ' && after != ',' || first.start() != line.start() || !Character.isLowerCase(w.codePointAt(0)) || first.glued()
                    || !w.chars().allMatch(Character::isLetter) || model.englishFrequency(w) <= WordAnalyzer.RARE
                    || analysis.touchesCode(first.start(), first.end()) || !lineText.matches("(?s).*\\p{L}[.!?].*")) {
                continue;
            }
            draft.replace(first.start(), first.end(), capital(w), RULE_PARAGRAPH, "foreign", 0.85,
                    "a prose paragraph of " + words.size() + " words opens with '" + w
                            + "' in lower case after a paragraph that ended its sentence");
        }
    }

    private static TextAnalysis.Line firstNonBlank(List<TextAnalysis.Line> lines) {
        return lines.stream().filter(l -> l.kind() != LineKind.BLANK).findFirst().orElse(null);
    }

    /** The document's first line as a headline: a capital, several words, no sentence end. */
    private static boolean title(String text, TextAnalysis.Line line) {
        String t = text.substring(line.start(), line.end()).strip();
        return Token.words(text, line.start(), line.end()).size() >= 4 && Character.isUpperCase(t.codePointAt(0))
                && !t.matches("(?s).*[.!?:;,]");
    }

    private static TextAnalysis.Line previousNonBlank(List<TextAnalysis.Line> lines, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (lines.get(k).kind() != LineKind.BLANK) {
                return lines.get(k);
            }
        }
        return null;
    }

    private static String capital(String w) {
        return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }
}
