package org.copydesk.stage.artifacts;

import java.util.List;
import java.util.Map;
import org.copydesk.stage.artifacts.PeopleInView.Mention;
import org.copydesk.stage.artifacts.TextView.Token;

/**
 * A quote closed with "she said" when its speaker is a man, or "he said" for a
 * woman: Spanish, Portuguese and Italian drop the subject pronoun and the
 * translator guessed. The speaker is the nearest person mentioned before the
 * quote (PeopleInView): a name the lexicon knows as a whole, a title that
 * refers back to one ("the Russian leader"), or a gendered title
 * ("spokeswoman", "Mr.").
 *
 * <p>The nearest name is not always the speaker: in dialogue and fiction the
 * next quote is often a reply by someone else, named or not. So the pronoun is
 * fixed only when the speaker is certain: the quote continues a quotation of
 * the same paragraph whose attribution names that person ("…,” Lavrov said.
 * “…,” she added), nobody else is mentioned between that attribution and the
 * pronoun, and every person in view has the speaker's gender. Otherwise a
 * mismatch is a finding; an unknown person nearest the quote, nothing.
 */
final class PronounGenderRule implements ArtifactRule {
    private static final Map<String, String> GENDER_OF_PRONOUN = Map.of("he", "m", "she", "f");
    private static final Map<String, String> PRONOUN_OF_GENDER = Map.of("m", "he", "f", "she");
    /** How far back from the quote a speaker is looked for, in words. */
    private static final int WINDOW = 150;
    /** How many words an attribution ("said the Russian foreign minister") may take. */
    private static final int ATTRIBUTION_WORDS = 7;

    private final PeopleInView people;

    PronounGenderRule(PeopleInView people) {
        this.people = people;
    }

    @Override
    public void find(Document doc, List<Hit> out) {
        TextView view = doc.view;
        for (int i = 1; i + 1 < view.size(); i++) {
            Token pronoun = view.get(i);
            String gender = GENDER_OF_PRONOUN.get(pronoun.lower());
            if (gender == null || !doc.sets.contains("speech_verb", view.get(i + 1).lower())
                    || !view.gapBefore(i + 1).equals(" ")) {
                continue;
            }
            int quoteStart = openingQuoteBefore(view, i);
            if (quoteStart < 0) {
                continue;
            }
            if (conversation(doc, i, quoteStart)) {
                // turns of a conversation: a pronoun of the other gender is simply the other speaker
                continue;
            }
            int before = view.firstAtOrAfter(quoteStart) - 1;
            List<Mention> mentions = people.before(doc, before, WINDOW);
            if (mentions.isEmpty()) {
                continue;
            }
            Mention speaker = mentions.get(0);
            if (speaker.gender().equals("?") || speaker.gender().equals(gender)) {
                continue;
            }
            String right = PRONOUN_OF_GENDER.get(speaker.gender());
            if (pronoun.capitalised()) {
                right = PhraseTable.capitalise(right);
            }
            // a person of the pronoun's gender, or one we cannot place, may be the one speaking
            boolean ambiguous = mentions.stream().anyMatch(m -> !m.gender().equals(speaker.gender()));
            boolean attributed = attributedBefore(doc, quoteStart, speaker);
            String reason = "quote attributed with '" + pronoun.text() + "' but the speaker in context is "
                    + speaker.name();
            if (!ambiguous && attributed) {
                out.add(new Hit(pronoun.start(), pronoun.end(), right, Rules.PRONOUN_GENDER, 0.85,
                        reason + ", who is named as the speaker of the quotation before it", false, false));
            } else {
                out.add(new Hit(pronoun.start(), pronoun.end(), right, Rules.PRONOUN_GENDER, 0.6,
                        reason + (ambiguous ? " (other people in view)"
                                : " (nearest name, not an attributed speaker: in dialogue it may be another)"),
                        true, false));
            }
        }
    }

    /**
     * The quotation opening at {@code quoteStart} continues one of the same
     * paragraph whose attribution names the speaker: right after its closing
     * mark ("…,” Lavrov said. “…” / "…,” said the minister. “…") or right
     * before its opening mark ("Lavrov said: “…” “…”"), with a speech verb.
     */
    private static boolean attributedBefore(Document doc, int quoteStart, Mention speaker) {
        TextView view = doc.view;
        String text = view.text();
        int lineStart = text.lastIndexOf('\n', quoteStart) + 1;
        int close = lastQuoteMark(text, lineStart, quoteStart, "”\"»");
        if (close < 0 || close > 0 && text.charAt(close - 1) == '?') {
            // a question's next quotation is an answer, by someone else
            return false;
        }
        // after the closing mark, up to the next quotation: "…,” the minister warned. “…"
        // only the attribution may stand between the two quotations: "Putin said. Merkel smiled. “…" may be hers
        int after = view.firstAtOrAfter(close);
        int afterEnd = view.firstAtOrAfter(quoteStart);
        if (afterEnd > after) {
            return afterEnd - after <= ATTRIBUTION_WORDS && view.sameSentence(after, afterEnd - 1)
                    && attributes(doc, after, afterEnd, speaker);
        }
        // the quotations follow each other; the first was opened by its attribution: "Lavrov said: “…” “…"
        char closeMark = text.charAt(close);
        char openMark = closeMark == '”' ? '“' : closeMark == '»' ? '«' : '"';
        int open = text.lastIndexOf(openMark, close - 1);
        if (open < lineStart) {
            return false;
        }
        int end = view.firstAtOrAfter(open);
        String gap = view.gapBefore(end).replaceAll("\\s+", "");
        return (gap.endsWith(":" + openMark) || gap.endsWith("," + openMark))
                && attributes(doc, Math.max(0, end - ATTRIBUTION_WORDS), end, speaker);
    }

    /**
     * The quotation is a turn of a conversation: its own verb is one of
     * dialogue ("she replied"), or earlier in the paragraph a quotation asked
     * a question or was attributed with such a verb ("…?” asked Putin. “…").
     */
    private static boolean conversation(Document doc, int pronounIndex, int quoteStart) {
        TextView view = doc.view;
        String text = view.text();
        if (doc.sets.contains("dialogue_verb", view.get(pronounIndex + 1).lower())) {
            return true;
        }
        int lineStart = text.lastIndexOf('\n', quoteStart) + 1;
        for (int k = view.firstAtOrAfter(lineStart); k < pronounIndex; k++) {
            if (doc.sets.contains("dialogue_verb", view.get(k).lower())) {
                return true;
            }
        }
        String before = text.substring(lineStart, quoteStart);
        return before.matches("(?s).*\\?[”\"»].*");
    }

    /** Words [from, to) hold a speech verb and the speaker's mention, in one sentence. */
    private static boolean attributes(Document doc, int from, int to, Mention speaker) {
        TextView view = doc.view;
        if (from >= to || speaker.index() < from || speaker.index() >= to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (doc.sets.contains("dialogue_verb", view.get(k).lower())) {
                // "asked", "replied": a conversation, where the next quotation is another speaker's
                return false;
            }
            if (doc.sets.contains("speech_verb", view.get(k).lower()) && view.sameSentence(k, speaker.index())) {
                return true;
            }
        }
        return false;
    }

    private static int lastQuoteMark(String text, int from, int before, String marks) {
        for (int k = before - 1; k >= from; k--) {
            if (marks.indexOf(text.charAt(k)) >= 0) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Offset of the quote mark opening the quotation the pronoun attributes,
     * when only a closing quote, a comma or full stop and white space stand
     * between the quote and the pronoun; -1 otherwise.
     */
    private static int openingQuoteBefore(TextView view, int pronounIndex) {
        String gap = view.gapBefore(pronounIndex).strip();
        gap = gap.replaceFirst("^[,.!?…]", "");
        if (gap.isEmpty()) {
            return -1;
        }
        char close = gap.charAt(0);
        if (close != '”' && close != '"' && close != '»') {
            return -1;
        }
        String rest = gap.substring(1).strip();
        if (!rest.isEmpty() && !rest.equals(",")) {
            return -1;
        }
        int closeAt = view.text().lastIndexOf(close, view.get(pronounIndex).start());
        char open = close == '”' ? '“' : close == '»' ? '«' : '"';
        return view.text().lastIndexOf(open, closeAt - 1);
    }
}
