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
 * ("spokeswoman", "Mr."). The pronoun is fixed when every person in view has
 * the speaker's gender; a person of the pronoun's gender or of unknown gender
 * in view makes it a finding; an unknown person nearest the quote, nothing.
 */
final class PronounGenderRule implements ArtifactRule {
    private static final Map<String, String> GENDER_OF_PRONOUN = Map.of("he", "m", "she", "f");
    private static final Map<String, String> PRONOUN_OF_GENDER = Map.of("m", "he", "f", "she");
    /** How far back from the quote a speaker is looked for, in words. */
    private static final int WINDOW = 150;

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
            String reason = "quote attributed with '" + pronoun.text() + "' but the speaker in context is "
                    + speaker.name();
            out.add(new Hit(pronoun.start(), pronoun.end(), right, Rules.PRONOUN_GENDER, ambiguous ? 0.6 : 0.85,
                    ambiguous ? reason + " (other people in view)" : reason, ambiguous, false));
        }
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
