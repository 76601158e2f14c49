package org.copydesk.stage.grammar;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;
import org.copydesk.text.LineKind;
import org.copydesk.text.TextAnalysis;

/**
 * A second attribution after a quotation that is already attributed. Machine
 * translation of Russian and Ukrainian copy keeps the source's trailing
 * attribution ("..., – сказал он." / "... – заявил.") after a quote that the
 * English sentence already opened with "Zelensky said: “...": the result is
 * "…,” he said." or a verb with no subject, "…” said." / "…” used phrases.",
 * closing the paragraph.
 *
 * <p>The quotation is attributed when its opening mark follows a colon and the
 * words before that colon (same paragraph) hold a verb of saying. Only then is
 * the trailing fragment removed (and a comma closing the quoted words becomes
 * the full stop the fragment took); a subjectless fragment after a quote that
 * nothing attributes is a finding (who said it is lost). "“…,” he said." after
 * an unattributed quote is ordinary English and left alone.
 */
final class QuoteAttribution {
    static final String DOUBLED = "DOUBLED_ATTRIBUTION";
    static final String SUBJECTLESS = "SUBJECTLESS_ATTRIBUTION";
    private static final String CATEGORY = "grammar";

    /**
     * Verbs of saying (past and present forms): an attribution's verb. A closed
     * word class, not strings seen in copy.
     */
    static final Pattern SPEECH_VERB = Pattern.compile("(?:said|says|say|stated|states|declared|declares|added|adds"
            + "|told|tells|wrote|writes|noted|notes|explained|explains|stressed|stresses|asserted|asserts"
            + "|remarked|remarks|announced|announces|emphasi[sz]ed|emphasi[sz]es|underlined|underlines|replied"
            + "|replies|answered|answers|insisted|insists|warned|warns|affirmed|affirms|recalled|recalls"
            + "|commented|comments|tweeted|tweets|posted|posts|asked|asks|concluded|concludes|argued|argues"
            + "|claimed|claims|continued|continues|indicated|indicates|pointed|points|assured|assures"
            + "|reiterated|reiterates|specified|specifies|urged|urges|observed|observes)");

    /**
     * A closing quote with its punctuation, then a fragment that ends the paragraph:
     * an optional subject pronoun, one lower-case verb, at most one lower-case word, a full stop.
     */
    private static final Pattern TRAILER = Pattern.compile(
            "([,.!?])?([”\"])(\\s+(?:(he|she|they|we|I)\\s+)?(\\p{Ll}+)(?:\\s+(\\p{Ll}+))?\\s*\\.)[ \\t]*$");

    /** One trailing fragment: what to do with it is decided by {@link FixEvidence}. */
    record Trailer(int punct, char punctChar, int close, char closeChar, int fragmentStart, int end,
                   String pronoun, String verb, String object, boolean attributed, String attribution) {
        boolean hasSubject() {
            return pronoun != null;
        }
    }

    private QuoteAttribution() {
    }

    static void check(Draft draft, FixEvidence evidence) {
        TextAnalysis analysis = draft.analysis();
        String text = draft.text();
        for (TextAnalysis.Line line : analysis.lines()) {
            if (line.kind() != LineKind.PROSE && line.kind() != LineKind.LIST_ITEM) {
                continue;
            }
            trailer(text, line.start(), line.end()).ifPresent(t -> record(draft, evidence, analysis, t));
        }
    }

    private static void record(Draft draft, FixEvidence evidence, TextAnalysis analysis, Trailer t) {
        FixEvidence.Verdict verdict = evidence.attribution(t, analysis);
        if (verdict == null) {
            return; // ordinary English: an unattributed quote with its "he said"
        }
        String rule = t.hasSubject() ? DOUBLED : SUBJECTLESS;
        String message = t.hasSubject()
                ? "The quotation is attributed twice: \"" + t.attribution() + "\" before it and \"" + t.pronoun()
                        + " " + t.verb() + "\" after it."
                : "A verb with no subject after the quotation (\"" + t.verb() + "\")"
                        + (t.attributed() ? ", which \"" + t.attribution() + "\" already attributes." : ": who said it?");
        int from = t.punct() >= 0 && t.punctChar() == ',' ? t.punct() : t.close() + 1;
        String replacement = t.punct() >= 0 && t.punctChar() == ',' ? "." + t.closeChar() : "";
        if (verdict.apply()) {
            draft.replace(from, t.end(), replacement, rule, CATEGORY, 0.85,
                    message + " Evidence: " + verdict.evidence() + ".");
        } else {
            draft.report(t.fragmentStart(), t.end(), rule, CATEGORY, AutofixPolicy.FINDING_CONFIDENCE,
                    message + " Not applied: " + verdict.evidence() + ".", t.attributed() ? replacement : null);
        }
    }

    /** The fragment closing the paragraph [start, end), if any, with its quotation's attribution. */
    static Optional<Trailer> trailer(String text, int start, int end) {
        String line = text.substring(start, end);
        Matcher m = TRAILER.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        int close = start + m.start(2);
        char closeChar = text.charAt(close);
        int open = opening(text, start, close, closeChar);
        if (open < 0) {
            return Optional.empty();
        }
        String attribution = attribution(text, start, open);
        int punct = m.start(1) >= 0 ? start + m.start(1) : -1;
        return Optional.of(new Trailer(punct, punct >= 0 ? text.charAt(punct) : 0, close, closeChar,
                start + m.start(3), start + m.end(3), m.group(4), m.group(5), m.group(6), attribution != null,
                attribution));
    }

    /** The opening mark of the quotation that {@code close} ends, on the same line; -1 when the marks do not pair. */
    private static int opening(String text, int lineStart, int close, char closeChar) {
        for (int i = close - 1; i >= lineStart; i--) {
            char c = text.charAt(i);
            if (closeChar == '”' && c == '“' || closeChar == '"' && c == '"') {
                boolean atWordStart = i == lineStart || !Character.isLetterOrDigit(text.charAt(i - 1));
                return atWordStart && i + 1 < close ? i : -1;
            }
            if (c == '”' || c == '“' || c == '«' || c == '»' || closeChar == '”' && c == '"') {
                return -1; // another quotation inside or before: the pairing is not certain
            }
        }
        return -1;
    }

    /**
     * "Zelensky said" when the words before the opening mark end with a colon and a verb of
     * saying comes among the last six words before it; null otherwise.
     */
    private static String attribution(String text, int lineStart, int open) {
        int i = open - 1;
        while (i >= lineStart && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < lineStart || text.charAt(i) != ':') {
            return null;
        }
        int from = Math.max(lineStart, sentenceStart(text, lineStart, i));
        String before = text.substring(from, i).trim();
        String[] words = before.split("\\s+");
        for (int k = words.length - 1; k >= Math.max(0, words.length - 6); k--) {
            String w = words[k].replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
            if (SPEECH_VERB.matcher(w).matches()) {
                return String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, k - 1), k + 1));
            }
        }
        return null;
    }

    private static int sentenceStart(String text, int lineStart, int from) {
        for (int i = from - 1; i > lineStart; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return lineStart;
    }
}
