package org.copydesk.stage.artifacts;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.lexicon.NameLexicon;
import org.copydesk.stage.artifacts.TextView.Token;

/**
 * A quote closed with "she said" when its speaker is a man, or "he said" for a
 * woman: Spanish, Portuguese and Italian drop the subject pronoun and the
 * translator guessed. The speaker is the nearest person mentioned before the
 * quote: a known name (gender from the names lexicon), a title that refers
 * back to one ("the Russian leader"), or a gendered title ("spokeswoman",
 * "Mr."). The pronoun is fixed when that speaker is certain and nobody of the
 * pronoun's gender, or of unknown gender, is in view; otherwise it is reported.
 */
final class PronounGenderRule implements ArtifactRule {
    private static final Map<String, String> GENDER_OF_PRONOUN = Map.of("he", "m", "she", "f");
    private static final Map<String, String> PRONOUN_OF_GENDER = Map.of("m", "he", "f", "she");
    /** How far back from the quote a speaker is looked for, in words. */
    private static final int WINDOW = 150;

    /** A person mentioned at word {@code index}; gender "m", "f" or "?" (a person we cannot place). */
    private record Mention(int index, String gender, String name) {
    }

    private final Map<String, Set<NameLexicon.Entity>> peopleByWord = new HashMap<>();

    PronounGenderRule(NameLexicon names) {
        for (NameLexicon.Entity e : names.entities()) {
            if (!e.type().equals("person")) {
                continue;
            }
            Set<String> forms = new HashSet<>(e.variants());
            forms.add(e.canonical());
            for (String form : forms) {
                for (String word : form.split("[\\s\\-]+")) {
                    if (word.length() > 1) {
                        peopleByWord.computeIfAbsent(word, k -> new HashSet<>()).add(e);
                    }
                }
            }
        }
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
            List<Mention> mentions = mentions(doc, before, i);
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
            boolean ambiguous = !attributed(doc, speaker.index(), before)
                    && mentions.stream().anyMatch(m -> !m.gender().equals(speaker.gender()));
            String reason = "quote attributed with '" + pronoun.text() + "' but the speaker in context is "
                    + speaker.name();
            out.add(new Hit(pronoun.start(), pronoun.end(), right, Rules.PRONOUN_GENDER, ambiguous ? 0.6 : 0.85,
                    ambiguous ? reason + " (other people in view)" : reason, ambiguous, false));
        }
    }

    /**
     * "“…,” Xi said. “…,” she said": the speaker was named as the one who spoke,
     * next to a speech verb, with no other quote between that and this quote.
     */
    private static boolean attributed(Document doc, int mention, int lastBeforeQuote) {
        TextView view = doc.view;
        boolean nextToVerb = false;
        // "Xi said", "said Xi", "explained the Russian leader"
        for (int k : new int[] {mention - 3, mention - 2, mention - 1, mention + 1}) {
            Token t = view.at(k);
            boolean near = k == mention - 1 || k == mention + 1 || view.at(mention + 1) == null
                    || !view.sameSentence(mention, mention + 1);
            nextToVerb |= t != null && near && view.sameSentence(k, mention)
                    && doc.sets.contains("speech_verb", t.lower());
        }
        if (!nextToVerb || lastBeforeQuote < mention) {
            return nextToVerb;
        }
        String between = view.text().substring(view.get(mention).end(), view.get(lastBeforeQuote).end());
        return between.chars().noneMatch(c -> c == '“' || c == '"' || c == '«');
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

    /** People mentioned before word {@code from} (inclusive), nearest first, within the window. */
    private List<Mention> mentions(Document doc, int from, int pronounIndex) {
        TextView view = doc.view;
        List<Mention> out = new java.util.ArrayList<>();
        int lastKnown = -1;
        for (int k = from; k >= 0 && k > from - WINDOW; k--) {
            Mention m = mentionAt(doc, k);
            if (m != null) {
                out.add(m);
                if (out.size() >= 6) {
                    break;
                }
            }
        }
        // a title that refers back ("the Russian leader") takes the gender of the person named before it
        for (int n = out.size() - 1; n >= 0; n--) {
            Mention m = out.get(n);
            if (m.gender().equals("title")) {
                String g = "?";
                String name = m.name();
                for (int later = n + 1; later < out.size(); later++) {
                    Mention earlier = out.get(later);
                    if (!earlier.gender().equals("title")) {
                        g = earlier.gender();
                        name = m.name() + " (" + earlier.name() + ")";
                        break;
                    }
                }
                out.set(n, new Mention(m.index(), g, name));
            }
        }
        return out;
    }

    private Mention mentionAt(Document doc, int k) {
        TextView view = doc.view;
        Token t = view.get(k);
        if (t.capitalised()) {
            Set<NameLexicon.Entity> people = peopleByWord.get(t.text());
            if (people != null && people.size() == 1) {
                NameLexicon.Entity e = people.iterator().next();
                String g = e.gender().equals("m") || e.gender().equals("f") ? e.gender() : "?";
                return new Mention(k, g, e.canonical());
            }
            if (doc.sets.contains("male_title", t.lower()) && !t.lowerCase()) {
                return new Mention(k, "m", t.text());
            }
            if (doc.sets.contains("female_title", t.lower())) {
                return new Mention(k, "f", t.text());
            }
            if (isUnknownPerson(doc, k) || unknownFullName(doc, k)) {
                return new Mention(k, "?", t.text());
            }
            return null;
        }
        if (doc.sets.contains("male_title", t.lower())) {
            return new Mention(k, "m", t.text());
        }
        if (doc.sets.contains("female_title", t.lower())) {
            return new Mention(k, "f", t.text());
        }
        if (doc.sets.contains("speaker_title", t.lower()) && refersBack(view, k)) {
            return new Mention(k, "title", "the " + t.text());
        }
        return null;
    }

    /** "the Russian leader", "his counterpart", "the president": a title used as a pronoun. */
    private boolean refersBack(TextView view, int k) {
        for (int back = 1; back <= 3; back++) {
            Token t = view.at(k - back);
            if (t == null || !view.sameSentence(k, k - back)) {
                return false;
            }
            if (Set.of("the", "his", "her", "their", "its").contains(t.lower())) {
                Token next = view.at(k + 1);
                // "the president of the Senate", "the Russian leader Vladimir Putin": not referring back
                return next == null || !view.sameSentence(k, k + 1)
                        || !next.lower().equals("of") && !peopleByWord.containsKey(next.text())
                        && !(next.capitalised() && view.at(k + 2) != null && view.get(k + 2).capitalised()
                        && view.sameSentence(k, k + 2));
            }
        }
        return false;
    }

    /**
     * "Angela Merkel": the last of two capitalised words, neither a known
     * person's, nor an article or title, nor a word of names that are not
     * people ("Cooperation Organization", "New York" counts: the rule only
     * grows more careful).
     */
    private boolean unknownFullName(Document doc, int k) {
        TextView view = doc.view;
        Token last = view.get(k);
        Token first = view.at(k - 1);
        if (first == null || !view.sameSentence(k - 1, k) || !view.gapBefore(k).equals(" ")) {
            return false;
        }
        for (Token t : new Token[] {first, last}) {
            if (!t.capitalised() || t.allCaps() || peopleByWord.containsKey(t.text())
                    || doc.sets.contains("headline_function", t.lower())
                    || doc.sets.contains("not_a_person", t.lower()) || doc.sets.contains("person_title", t.lower())
                    || doc.names.isNameToken(t.text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A capitalised word we cannot place that is a person by its position:
     * after a title ("President Lula", "spokesman Peskov") or next to a speech
     * verb ("said Kallas", "Kallas said").
     */
    private static boolean isUnknownPerson(Document doc, int k) {
        TextView view = doc.view;
        Token prev = view.at(k - 1);
        Token next = view.at(k + 1);
        if (prev != null && view.sameSentence(k - 1, k) && doc.sets.contains("person_title", prev.lower())) {
            return true;
        }
        if (prev != null && view.sameSentence(k - 1, k) && doc.sets.contains("speech_verb", prev.lower())
                && view.gapBefore(k).isBlank()) {
            return true;
        }
        return next != null && view.sameSentence(k, k + 1) && doc.sets.contains("speech_verb", next.lower())
                && view.gapBefore(k + 1).isBlank() && !GENDER_OF_PRONOUN.containsKey(view.get(k).lower());
    }
}
