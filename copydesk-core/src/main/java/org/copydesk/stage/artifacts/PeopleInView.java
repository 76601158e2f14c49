package org.copydesk.stage.artifacts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.copydesk.dict.Dictionaries;
import org.copydesk.lexicon.NameLexicon;
import org.copydesk.stage.artifacts.TextView.Token;

/**
 * The people mentioned before a quote, for PRONOUN_GENDER. A run of
 * capitalised words is judged as one mention, by the names lexicon's own
 * matching (as the names stage does): "Russian President Vladimir Putin" is
 * Putin once the words that may stand before a name (names/titles.tsv:
 * titles, nationalities, function words) are set aside, but "Maria Lopez" is
 * nobody we know, whatever other people share one of its words. A run the
 * lexicon does not know counts as a person of unknown gender only where it
 * reads as a person: after a title, next to a speech verb, or as a full name
 * of two or more name-shaped words. Organisations, places and capitalised
 * sentence starts are not people, and a lone word opening its sentence that is also a lower-case English word
 * ("Said he'd be back") names a listed person only where the document writes that person in full.
 */
final class PeopleInView {
    /** A person at word {@code index}; gender "m", "f", "?" (a person we cannot place), or "title" before resolution. */
    record Mention(int index, String gender, String name) {
        boolean known() {
            return gender.equals("m") || gender.equals("f");
        }
    }

    private static final String TITLE = "title";
    private static final String UNKNOWN = "?";
    /** Readings of a word that is no name: "We", "Relations", "Yesterday" (not "Maria", though "maria" is a word). */
    private static final Pattern COMMON = Pattern.compile("(?!NNP).*");
    private static final int MAX_RUN = 7;
    private static final int MAX_MENTIONS = 6;
    /** What the lexicon says a run is: some people, or a name that is no person's. */
    private static final Set<NameLexicon.Entity> NOT_A_PERSON = Set.of();

    /** Words that may stand right before a name without being part of it, as the names stage reads them. */
    private final Set<String> nameNeighbours;

    private PeopleInView(Set<String> nameNeighbours) {
        this.nameNeighbours = Set.copyOf(nameNeighbours);
    }

    static PeopleInView load(Dictionaries dictionaries) {
        Set<String> words = new HashSet<>();
        for (Dictionaries.Row row : dictionaries.table("names/titles.tsv")) {
            if (row.size() < 2 || row.get(1).isEmpty()) {
                words.add(row.get(0));
            }
        }
        return new PeopleInView(words);
    }

    /**
     * People mentioned at or before word {@code from}, nearest first, within
     * {@code window} words; titles that refer back ("the Russian leader") take
     * the person named before them, or failing that the one named after them.
     */
    List<Mention> before(Document doc, int from, int window) {
        TextView view = doc.view;
        List<Mention> out = new ArrayList<>();
        for (int k = from; k >= 0 && k > from - window && out.size() < MAX_MENTIONS; k--) {
            Token t = view.get(k);
            Mention m = null;
            if (t.capitalised()) {
                int first = runStart(doc, k);
                m = run(doc, first, k);
                k = first;
            } else if (doc.sets.contains("male_title", t.lower())) {
                m = new Mention(k, "m", t.text());
            } else if (doc.sets.contains("female_title", t.lower())) {
                m = new Mention(k, "f", t.text());
            } else if (doc.sets.contains("speaker_title", t.lower()) && refersBack(doc, k)) {
                m = new Mention(k, TITLE, "the " + t.text());
            }
            if (m != null) {
                out.add(m);
            }
        }
        resolveTitles(out);
        return out;
    }

    private static void resolveTitles(List<Mention> out) {
        for (int n = out.size() - 1; n >= 0; n--) {
            Mention m = out.get(n);
            if (!m.gender().equals(TITLE)) {
                continue;
            }
            Mention antecedent = null;
            for (int earlier = n + 1; earlier < out.size() && antecedent == null; earlier++) {
                antecedent = out.get(earlier).gender().equals(TITLE) ? null : out.get(earlier);
            }
            // "The Russian leader arrived late. Putin smiled.": nobody before, the title announces who follows
            for (int later = n - 1; later >= 0 && antecedent == null; later--) {
                antecedent = out.get(later).gender().equals(TITLE) ? null : out.get(later);
            }
            out.set(n, antecedent == null ? new Mention(m.index(), UNKNOWN, m.name())
                    : new Mention(m.index(), antecedent.gender(), m.name() + " (" + antecedent.name() + ")"));
        }
    }

    /** First word of the name run ending at word {@code last}: capitalised words, and particles between them. */
    private static int runStart(Document doc, int last) {
        TextView view = doc.view;
        int first = last;
        while (last - first + 1 < MAX_RUN) {
            int k = first - 1;
            // "Lula da Silva", "von der Leyen"
            while (k >= 0 && view.get(k).lowerCase() && doc.sets.contains("name_particle", view.get(k).lower())
                    && joins(doc, k, k + 1)) {
                k--;
            }
            if (k < 0 || !view.get(k).capitalised() || !joins(doc, k, k + 1)) {
                break;
            }
            first = k;
        }
        return first;
    }

    /** Words i and i+1 belong to one name: a space, a hyphen, or the full stop of an initial or title ("Ms. Rossi"). */
    private static boolean joins(Document doc, int i, int next) {
        TextView view = doc.view;
        if (!view.sameSentence(i, next)) {
            return false;
        }
        String gap = view.gapBefore(next);
        Token t = view.get(i);
        return switch (gap) {
            case " ", "\u00a0", "-", "\u2010" -> true;
            case ". ", "." -> t.text().length() == 1 || isTitle(doc, t);
            default -> false;
        };
    }

    private static boolean isTitle(Document doc, Token t) {
        return doc.sets.contains("person_title", t.lower()) || doc.sets.contains("male_title", t.lower())
                || doc.sets.contains("female_title", t.lower()) || doc.sets.contains("speaker_title", t.lower());
    }

    /** The mention the run of words first..last makes, or null when it names no person. */
    private Mention run(Document doc, int first, int last) {
        TextView view = doc.view;
        String text = view.text().substring(view.get(first).start(), view.get(last).end());
        int core = first;
        String titleGender = null;
        boolean titled = false;
        while (core <= last && leadIn(doc, core, first)) {
            Token t = view.get(core);
            titleGender = doc.sets.contains("male_title", t.lower()) ? "m"
                    : doc.sets.contains("female_title", t.lower()) ? "f" : titleGender;
            titled |= isTitle(doc, t);
            core++;
        }
        for (int from = first; from <= Math.min(core, last); from++) {
            Set<NameLexicon.Entity> known = known(doc, from, last);
            if (known != null && known != NOT_A_PERSON && from == last && commonWordOpeningClause(doc, last)
                    && known.stream().noneMatch(e -> writtenInFull(doc, e))) {
                // "Said he'd be back": a capitalised verb opens the sentence; "Kais Said" is nobody in view
                return null;
            }
            if (known == NOT_A_PERSON) {
                return null;
            }
            if (known != null) {
                NameLexicon.Entity e = known.iterator().next();
                String gender = known.size() == 1 && (e.gender().equals("m") || e.gender().equals("f"))
                        ? e.gender() : UNKNOWN;
                return new Mention(last, gender, known.size() == 1 ? e.canonical() : text);
            }
        }
        if (core > last || titleGender != null) {
            // "Mr", "The Queen", "Russian": no name, but a gendered title is someone
            return titleGender == null ? null : new Mention(last, titleGender, text);
        }
        boolean person = titled || afterLowerCaseTitle(doc, first) || nextToSpeechVerb(doc, first, last)
                || core < last && nameShaped(doc, core, last);
        return person ? new Mention(last, UNKNOWN, text) : null;
    }

    /** A lone word opening its clause whose lower case is an English word: "Said", "May", "Trump". */
    private static boolean commonWordOpeningClause(Document doc, int k) {
        Token t = doc.view.get(k);
        return doc.view.clauseStart(k) && doc.tagger().known(t.lower());
    }

    /** The document writes the person's full name or one of its full spellings somewhere. */
    private static boolean writtenInFull(Document doc, NameLexicon.Entity e) {
        String text = doc.view.text();
        return text.contains(e.canonical()) || e.variants().stream().anyMatch(text::contains);
    }

    /**
     * A word before the name proper: a title, nationality or function word, or
     * a common English word opening the clause ("Yesterday Putin said").
     */
    private boolean leadIn(Document doc, int k, int runStart) {
        Token t = doc.view.get(k);
        if (nameNeighbours.contains(t.text()) || isTitle(doc, t) || doc.sets.contains("headline_function", t.lower())) {
            return true;
        }
        return k == runStart && doc.view.clauseStart(k) && doc.tagger().onlyBe(t.text(), COMMON);
    }

    /**
     * The entities the lexicon names by words from..last as a whole: a full
     * mention, or a surname alone; NOT_A_PERSON for organisations and places;
     * null when the lexicon does not know the words.
     */
    private static Set<NameLexicon.Entity> known(Document doc, int from, int last) {
        TextView view = doc.view;
        String form = view.text().substring(view.get(from).start(), view.get(last).end())
                .replaceFirst("['’][sS]$", "");
        NameLexicon names = doc.names;
        Set<NameLexicon.Entity> found = new LinkedHashSet<>();
        Optional<NameLexicon.Match> full = names.matchFull(form);
        if (full.isPresent()) {
            found.add(full.get().entity());
        } else {
            names.matchShort(form).forEach(m -> found.add(m.entity()));
            if (found.isEmpty()) {
                names.lookup(form).ifPresent(found::add);
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        found.removeIf(e -> !e.isPerson());
        return found.isEmpty() ? NOT_A_PERSON : found;
    }

    /** "spokesman Peskov", "the envoy Anna Petrova". */
    private static boolean afterLowerCaseTitle(Document doc, int first) {
        Token prev = doc.view.at(first - 1);
        return prev != null && prev.lowerCase() && doc.view.sameSentence(first - 1, first)
                && doc.sets.contains("person_title", prev.lower()) && doc.view.gapBefore(first).equals(" ");
    }

    /** "said Kallas", "Kallas said". */
    private static boolean nextToSpeechVerb(Document doc, int first, int last) {
        TextView view = doc.view;
        Token prev = view.at(first - 1);
        Token next = view.at(last + 1);
        return prev != null && view.sameSentence(first - 1, first) && view.gapBefore(first).isBlank()
                && doc.sets.contains("speech_verb", prev.lower())
                || next != null && view.sameSentence(last, last + 1) && view.gapBefore(last + 1).isBlank()
                && doc.sets.contains("speech_verb", next.lower());
    }

    /** "Angela Merkel": words that can only be parts of a name; not "Cooperation Organization" or "EU". */
    private static boolean nameShaped(Document doc, int from, int last) {
        TextView view = doc.view;
        for (int k = from; k <= last; k++) {
            Token t = view.get(k);
            if (t.lowerCase() && doc.sets.contains("name_particle", t.lower())) {
                continue;
            }
            if (!t.capitalised() || t.allCaps() || doc.sets.contains("not_a_person", t.lower())
                    || doc.sets.contains("headline_function", t.lower()) || isTitle(doc, t)) {
                return false;
            }
        }
        return true;
    }

    /** "the Russian leader", "his counterpart", "the president": a title used as a pronoun. */
    private static boolean refersBack(Document doc, int k) {
        TextView view = doc.view;
        for (int back = 1; back <= 3; back++) {
            Token t = view.at(k - back);
            if (t == null || !view.sameSentence(k, k - back)) {
                return false;
            }
            if (Set.of("the", "his", "her", "their", "its").contains(t.lower())) {
                Token next = view.at(k + 1);
                // "the president of the Senate", "the Russian leader Vladimir Putin": not referring back
                return next == null || !view.sameSentence(k, k + 1)
                        || !next.lower().equals("of") && !(next.capitalised() && doc.names.isNameToken(next.text()))
                        && !(next.capitalised() && view.at(k + 2) != null && view.get(k + 2).capitalised()
                        && view.sameSentence(k, k + 2));
            }
        }
        return false;
    }
}
