package org.copydesk.stage.artifacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.copydesk.dict.Dictionaries;
import org.copydesk.stage.artifacts.TextView.Token;

/**
 * Capitals a translation left in running text. Spanish and Portuguese agency
 * copy, machine-translated, capitalises words of the source's title case:
 * "OSCE, ASEAN And Arab League", "to defend National unity".
 *
 * <p>Capitals are also a writer's choice: a government's house style
 * ("Federal spending", "the Nation"), names of institutions, titles of works
 * ("Carry Me Back To Old Virginia"), characters, headings and acronym
 * expansions. So a change of case needs evidence that the text is a
 * translation's, not a style's: the word stands mid-sentence in a prose line,
 * outside quotation marks and code, not in a run of capitalised words (a name
 * or a title); and the document itself shows the translation, by a
 * capitalised function word after an acronym or between lower-case words
 * ("BRICS And Shanghai", "agreed To sign"), or by writing the same word in
 * lower case elsewhere. A capitalised form the document uses consistently is
 * its style and stays. Where only one kind of evidence is there the spot is a
 * finding; where there is none, nothing.
 */
final class CasingRules {
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "nor");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** After a capitalised word, "A" is a label's letter ("Type A", "Plan A") and "An" opens a byline's sentence. */
    private static final Set<String> LETTERS = Set.of("a", "an");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    /** Penn noun tags, with LanguageTool's countability suffixes ("NN:UN"). */
    private static final Pattern NOUN = Pattern.compile("NN.*");
    private static final Pattern DETERMINER = Pattern.compile("W?DT|PRP\\$|CD");
    /** Words a letter may label: nouns and adjectives or participles ("grade A", "the matching A record"). */
    private static final Pattern LABEL_HEAD = Pattern.compile("NN.*|JJ.*|VBG|VBN");
    /** Words an article follows ("half a century", "if a player", "once a week", "what a day"): no label's head. */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("PDT|IN|CC|TO|RB.*|W.*|DT|MD|VB[DPZ]?");
    private static final Pattern PREDETERMINER = Pattern.compile("PDT");
    private static final Pattern COORDINATOR = Pattern.compile("CC");
    /** Verbs that give a name, after which a capitalised article opens the name ("a place called The Havens"). */
    private static final Pattern NAMING_VERB = Pattern.compile("(call|name|entitle|title|dub|nickname|term)(s|ed|d|ing)?");
    private static final String QUOTES = "\"“”‘’'«»";
    /** Proper-noun readings only: "France", "Uruguay", not "Peace" or "Card". */
    private static final Pattern PROPER = Pattern.compile("NNPS?");
    private static final int MAX_ACRONYM = 6;
    /** The longest name run before a capitalised function word that is taken for a name ("United States"). */
    private static final int MAX_NAME_WORDS = 3;
    /** Small words inside names of institutions: "Institute for Scientific and Technological Cooperation". */
    private static final Set<String> NAME_LINKS = Set.of("of", "for", "and", "the", "on");
    private final Set<String> keep;
    private final int longestKeep;

    private CasingRules(Set<String> keep, int longestKeep) {
        this.keep = keep;
        this.longestKeep = longestKeep;
    }

    static CasingRules load(Dictionaries dictionaries) {
        Set<String> keep = new HashSet<>();
        int longest = 1;
        for (Dictionaries.Row row : dictionaries.table("artifacts/casing-keep.tsv")) {
            String phrase = row.get(0).replaceAll("\\s+", " ");
            keep.add(phrase);
            longest = Math.max(longest, phrase.split(" ").length);
        }
        return new CasingRules(keep, longest);
    }

    List<ArtifactRule> rules() {
        return List.of(this::find);
    }

    /**
     * Function words first: those the pattern alone shows to be a translation's
     * are the document's evidence for the rest (function words between names
     * or lower-case words, common adjectives).
     */
    private void find(Document doc, List<Hit> out) {
        List<Hit> decisive = new ArrayList<>();
        List<Hit> pending = new ArrayList<>();
        List<Hit> betweenLowerCase = new ArrayList<>();
        functionWords(doc, new CasingEvidence(doc), decisive, pending, betweenLowerCase);
        out.addAll(decisive);
        out.addAll(betweenLowerCase);
        boolean translated = !decisive.isEmpty();
        String evidence = translated ? "'" + phraseAround(doc.view, decisive.get(0)) + "'" : null;
        for (Hit h : pending) {
            out.add(translated
                    ? new Hit(h.start(), h.end(), h.replacement(), h.rule(), 0.8,
                    h.reason() + "; the document shows translation casing (" + evidence + ")", false, false)
                    : new Hit(h.start(), h.end(), h.replacement(), h.rule(), 0.6,
                    h.reason() + " (no other translation casing in the document: a title, name or verse may"
                            + " read so)", true, false));
        }
        commonWords(doc, translated, evidence, out);
    }

    /**
     * "ASEAN And Arab League": a capitalised function word after an acronym
     * mid-sentence is decisive. One between lower-case words ("agreed To
     * sign") is {@code decided} where its own evidence is sure (see
     * betweenLowerCase), else {@code pending}, like one between two single
     * proper nouns ("Chile And Uruguay"): decided by the rest of the document.
     * Verse, whose lines open with capitals wherever the sentence stands, is left alone.
     */
    private void functionWords(Document doc, CasingEvidence capitals, List<Hit> decisive, List<Hit> pending,
            List<Hit> decided) {
        TextView view = doc.view;
        for (int i = 1; i + 1 < view.size(); i++) {
            Token t = view.get(i);
            if (!t.capitalised() || t.allCaps() || !functionWord(doc, t)
                    || !(spaced(view, i) || afterComma(view, i)) || !spaced(view, i + 1) || !view.sameSentence(i - 1, i + 1)
                    || !doc.midSentenceProse(i) || titleLike(doc, i) || protectedName(doc, i)) {
                continue;
            }
            Token prev = view.get(i - 1);
            Token next = view.get(i + 1);
            boolean conjunction = CONJUNCTIONS.contains(t.lower());
            boolean article = ARTICLES.contains(t.lower());
            boolean plain = spaced(view, i);
            if (plain && !article && acronymMidSentence(doc, i - 1)
                    && (next.capitalised() || conjunction && next.lowerCase())) {
                decisive.add(new Hit(t.start(), t.end(), t.lower(), Rules.CASING_FUNCTION_WORD, 0.85,
                        "function word capitalised after the acronym " + prev.text() + " mid-sentence", false, false));
            } else if (doc.analysis.inQuotation(t.start(), t.end())) {
                continue;
            } else if (next.lowerCase() && (prev.lowerCase() || commonSentenceOpener(doc, i - 1)
                    || plain && !LETTERS.contains(t.lower()) && nameBefore(doc, capitals, i - 1) && proseAfter(doc, i + 1))) {
                // in doubt, the rest of the document decides (pending), as for names joined by a capital
                betweenLowerCase(doc, capitals, i).ifPresent(h -> (h.flagOnly() ? pending : decided).add(h));
            } else if (capitals.verseLike(t.paragraph())) {
                continue;
            } else if (plain && conjunction && singleName(doc, i - 1) && nameAfter(doc, i + 1)) {
                pending.add(new Hit(t.start(), t.end(), t.lower(), Rules.CASING_FUNCTION_WORD, 0.6,
                        "conjunction capitalised between names in running text", true, false));
            }
        }
    }

    /**
     * A conjunction joins like with like: "trade And investment" (two nouns), "boldly And
     * honestly" (two adverbs). Between unlike words ("his words And temperate") it more
     * likely opens a verse line or a clause, where a capital may be the writer's.
     */
    private static boolean alike(Document doc, Token prev, Token next) {
        java.util.Set<String> shared = new java.util.HashSet<>(doc.tagger().coarseClasses(prev.text()));
        shared.retainAll(doc.tagger().coarseClasses(next.text()));
        return !shared.isEmpty();
    }

    /**
     * "in the information space From the Presidency": a small word and a capitalised
     * common noun follow, so the word may open the title of a programme, a work or a body.
     * Before a name or a proper adjective ("Of the United States", "For the American
     * people") it is a preposition like any other.
     */
    private static boolean opensName(Document doc, int i) {
        TextView view = doc.view;
        Token after = view.at(i + 2);
        return after != null && view.sameSentence(i, i + 2) && spaced(view, i + 2) && after.capitalised()
                && !after.allCaps() && functionWord(doc, view.get(i + 1)) && !properNoun(doc, after)
                && doc.tagger().onlyBe(after.lower(), NOUN);
    }

    /** A preposition or conjunction, or an article: the closed classes no style capitalises mid-sentence. */
    static boolean functionWord(Document doc, Token t) {
        return doc.sets.contains("casing_function", t.lower()) || ARTICLES.contains(t.lower());
    }

    /**
     * "gains In the last 30 years", "agreed To sign": a closed-class word capitalised
     * between two lower-case words of a prose sentence. No style writes a preposition,
     * conjunction or article so in running text, while titles, names and headings (a run
     * of capitals around the word), quotations and verse were ruled out before; so the
     * word is lowered when the document also writes it in lower case and both neighbours
     * are English words. A lone "A" between lower-case words may be a label ("grade A
     * beef", "from A to B"): only an article before a content word after a verb or
     * adjective is lowered. A paragraph with another such capital mid-sentence reads as
     * verse or a writer's own capitals: reported, not changed.
     */
    private static Optional<Hit> betweenLowerCase(Document doc, CasingEvidence capitals, int i) {
        TextView view = doc.view;
        Token t = view.get(i);
        Token prev = view.get(i - 1);
        Token next = view.get(i + 1);
        String reason = "function word capitalised between lower-case words mid-sentence";
        int lowerUses = doc.analysis.countLower(t.text());
        boolean comma = afterComma(view, i);
        if (t.lower().equals("a") && !articleA(doc, capitals, comma ? null : prev, next)
                || ARTICLES.contains(t.lower()) && NAMING_VERB.matcher(prev.lower()).matches()
                || prepositionAfterPreposition(doc, prev, t)) {
            // "grade A beef", "by which A acquires (from B)"; "a place called The fair havens"; "priest of On"
            return Optional.empty();
        }
        if (t.lower().equals("a") && !comma && labelHead(doc, i - 1) && doc.tagger().mayBe(next.lower(), NOUN)) {
            // "a grade A student", "the matching A record", "a type A personality": after a word that may be a
            // noun or an adjective and before a noun, "A" reads as a label's letter as well as an article (a
            // translation's capital article follows a verb or a preposition: "signed A deal", "in A way")
            return Optional.of(new Hit(t.start(), t.end(), t.lower(), Rules.CASING_FUNCTION_WORD, 0.6,
                    reason + " (after '" + prev.text() + "', which may be a noun or an adjective, 'A' may be a"
                            + " label's letter: \"grade A\", \"type A\")", true, false));
        }
        Optional<Token> other = capitals.otherNonNoun(t.paragraph(), i);
        String doubt = comma ? "after a comma, where run-together verse lines and quoted speech"
                + " open with a capital too"
                : CONJUNCTIONS.contains(t.lower()) && !alike(doc, prev, next) ? "'" + prev.text() + "' and '"
                        + next.text() + "' are words of no common class, so the conjunction may open a line of verse"
                        + " or a new clause"
                : opensName(doc, i) ? "'" + view.text().substring(t.start(), view.get(i + 2).end())
                        + "' may be a title or a name opening with it"
                : other.isPresent() ? "'" + other.get().text() + "' is also capitalised mid-sentence in"
                + " the paragraph: verse or a writer's capitals may read so"
                : teaserBefore(view.text(), t.start()) ? "a link to another story (\"Read also: …\") stands before it"
                        + " in the sentence: its headline may end there and a new sentence begin"
                : lowerUses == 0 && (!prev.lowerCase() || ARTICLES.contains(t.lower()))
                        ? "the document never writes '" + t.lower() + "' in lower case"
                : !doc.tagger().known(prev.text()) || !doc.tagger().known(next.text()) ? "a neighbour is no English word"
                : null;
        if (doubt != null) {
            return Optional.of(new Hit(t.start(), t.end(), t.lower(), Rules.CASING_FUNCTION_WORD, 0.6,
                    reason + " (" + doubt + ")", true, false));
        }
        // each lower-case use elsewhere is the document's own evidence; three or more settle it. After a
        // capital (a name, or a sentence's first word) the word may close a title: a little less sure
        // with no lower-case use, a preposition's or conjunction's own class (no style capitalises one
        // between lower-case words) is the evidence: 0.8. An article may be a label's letter ("grade A beef")
        double confidence = Math.min(0.9, 0.8 + 0.05 * Math.min(2, Math.max(0, lowerUses - 1)))
                - (prev.lowerCase() ? 0 : 0.05);
        return Optional.of(new Hit(t.start(), t.end(), t.lower(), Rules.CASING_FUNCTION_WORD, confidence,
                reason + " between the English words '" + prev.text() + "' and '" + next.text()
                        + "'; the document writes '" + t.lower() + "' " + lowerUses + " time(s)", false, false));
    }

    /** "Read also:", "See more:", "Related:" since the last sentence end: a teaser spliced into the paragraph. */
    private static final Pattern TEASER_CUE = Pattern.compile(
            "(?i)\\b(?:read|see) (?:also|more)\\s*:|\\brelated\\s*:");

    private static boolean teaserBefore(String text, int at) {
        int from = at;
        while (from > 0 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return TEASER_CUE.matcher(text).region(from, at).find();
    }

    /**
     * Word k may be what a letter labels: a noun, adjective or participle that no article follows in
     * English ("half a century", "if a player", "signed a deal"), or one that a determiner before it makes
     * part of a noun phrase ("a grade A student", "the matching A record"), where no article can follow it.
     */
    private static boolean labelHead(Document doc, int k) {
        TextView view = doc.view;
        Token word = view.get(k);
        if (!doc.tagger().mayBe(word.lower(), LABEL_HEAD) || functionWord(doc, word)) {
            return false;
        }
        Token before = view.at(k - 1);
        boolean inNounPhrase = before != null && view.sameSentence(k - 1, k) && spaced(view, k) && before.lowerCase()
                && doc.tagger().mayBe(before.lower(), DETERMINER);
        return inNounPhrase || !doc.tagger().mayBe(word.lower(), ARTICLE_BEFORE);
    }

    /**
     * A preposition right after a preposition or an article is no preposition but a name or a
     * noun ("the priest of On", "the In crowd"): English puts a noun phrase there.
     */
    private static boolean prepositionAfterPreposition(Document doc, Token prev, Token t) {
        return !ARTICLES.contains(t.lower()) && !CONJUNCTIONS.contains(t.lower()) && functionWord(doc, prev)
                && !doc.tagger().mayBe(prev.lower(), COORDINATOR);
    }

    /**
     * "oppress A good people": an article after a word that can be other than a noun
     * ("vitamin A deficiency") and is no determiner or number ("an A in", "Group 4 A"),
     * before a content word ("from A to B" is a label's).
     */
    private static boolean articleA(Document doc, CasingEvidence capitals, Token prev, Token next) {
        // after a comma (prev null) the word before belongs to another phrase: "a deficit, A crisis"
        // a predeterminer takes an article after it ("half a century", "such a plan"): no label's sign
        boolean labelledBefore = prev != null && (doc.tagger().onlyBe(prev.lower(), NOUN)
                || doc.tagger().mayBe(prev.lower(), DETERMINER) && !doc.tagger().mayBe(prev.lower(), PREDETERMINER));
        return !labelledBefore && !functionWord(doc, next) && !capitals.letterLabels();
    }

    /**
     * Word k ends a short run of capitalised words that running text leads into ("on the
     * Congress", "a Congresswoman", "of the United States"): a name or a noun's capital
     * inside a sentence. A run at the sentence's start, or one in capitals, may be a
     * heading run into the text ("NATIONAL SECURITY The maintenance", "Key Findings In
     * 2019"), where the next capital opens a sentence.
     */
    private static boolean nameBefore(Document doc, CasingEvidence capitals, int k) {
        TextView view = doc.view;
        int first = k;
        while (first > k - MAX_NAME_WORDS && first >= 0 && view.sameSentence(first, k)) {
            Token t = view.get(first);
            if (!t.capitalised() || t.allCaps() || t.text().equals("I")) {
                break;
            }
            first--;
        }
        Token before = view.at(first);
        return first < k && before != null && view.sameSentence(first, k) && before.lowerCase()
                && spaced(view, first + 1) && !doc.analysis.startsSentence(view.get(first + 1).start())
                && capitals.runningText(first);
    }

    /**
     * From word k on, lower-case prose: a content word in lower case ("Europe From
     * fascism"), or a function word with a lower-case word after it ("States The cost of").
     * A title capitalises its content words ("Gone With the Wind"), so it never reads so.
     */
    private static boolean proseAfter(Document doc, int k) {
        TextView view = doc.view;
        Token t = view.get(k);
        if (!t.lowerCase()) {
            return false;
        }
        if (!functionWord(doc, t) && !doc.tagger().mayBe(t.lower(), DETERMINER)) {
            return true;
        }
        Token after = view.at(k + 1);
        return after != null && view.sameSentence(k, k + 1) && spaced(view, k + 1) && after.lowerCase();
    }

    /**
     * Word k opens its sentence, or a clause after a colon, and is a common word, capitalised
     * only for that ("Under The leadership", "Masses Of fighters", "know this: If A bill"), not a name or a title's word run on from a
     * heading ("Franz Kafka A man", "Taking Pills A physician").
     */
    private static boolean commonSentenceOpener(Document doc, int k) {
        TextView view = doc.view;
        Token t = view.get(k);
        return (view.sentenceStart(t.sentence()) == k || afterColon(view, k)) && t.capitalised() && !t.allCaps()
                && !properNoun(doc, t)
                && doc.tagger().known(t.lower()) && doc.names.lookup(t.text()).isEmpty();
    }

    /**
     * A word the English dictionary knows, in no reading a noun, possessive and "I'm"-type
     * contractions aside: a capital that neither a name ("Meehan", "America's") nor an
     * institution's style ("Administration") explains.
     */
    static boolean commonNonNoun(Document doc, String word) {
        String bare = POSSESSIVE.matcher(word).replaceFirst("");
        if (bare.startsWith("I'") || bare.startsWith("I’")) {
            return false;
        }
        String lower = bare.toLowerCase(java.util.Locale.ROOT);
        return doc.tagger().known(lower) && !doc.tagger().mayBe(bare, NOUN) && !doc.tagger().mayBe(lower, NOUN);
    }

    /**
     * Only a space, a comma or a semicolon before word k, as where verse lines are run together;
     * a capital after a colon, a dash, a bracket or a quotation mark opens a clause or a quotation.
     */
    static boolean lineJoin(TextView view, int k) {
        String gap = view.gapBefore(k).strip();
        return gap.isEmpty() || gap.equals(",") || gap.equals(";");
    }

    /** The document writes this capital at least twice and more often than in lower case. */
    static boolean houseStyle(Document doc, Token t) {
        int capitalised = doc.analysis.count(t.text());
        return capitalised >= 2 && capitalised > doc.analysis.countLower(t.text());
    }

    /**
     * "defend National unity": a listed adjective capitalised between
     * lower-case words. The document's own usage decides: a capital it uses
     * more often than the lower-case form (and more than once) is its style.
     */
    private void commonWords(Document doc, boolean translated, String evidence, List<Hit> out) {
        TextView view = doc.view;
        for (int i = 1; i + 1 < view.size(); i++) {
            Token t = view.get(i);
            Token prev = view.get(i - 1);
            Token next = view.get(i + 1);
            if (!t.capitalised() || t.allCaps() || !doc.sets.contains("casing_common", t.lower())
                    || !spaced(view, i) || !spaced(view, i + 1) || !view.sameSentence(i - 1, i + 1)
                    || !prev.lowerCase() || !next.lowerCase() || !doc.midSentenceProse(i)
                    || doc.analysis.inQuotation(t.start(), t.end())
                    || view.titleCase(t.sentence(), doc.sets.get("headline_function")) || protectedName(doc, i)
                    || linkedToName(view, i, -1) || linkedToName(view, i, 1)) {
                continue;
            }
            int capitalised = doc.analysis.count(t.text());
            int lower = doc.analysis.countLower(t.text());
            if (houseStyle(doc, t)) {
                // "Federal" throughout: the document's (or its government's) house style
                continue;
            }
            boolean usage = lower >= 1 && lower >= capitalised;
            if (!usage && !translated) {
                // one capital and nothing else to go by: a style as likely as a translation
                continue;
            }
            String reason = "common word capitalised mid-sentence, not part of a name";
            if (usage && translated) {
                out.add(new Hit(t.start(), t.end(), t.lower(), Rules.CASING_COMMON_WORD, 0.85,
                        reason + "; the document writes '" + t.lower() + "' " + lower + " time(s) and shows"
                                + " translation casing (" + evidence + ")", false, false));
            } else {
                String partial = usage ? "the document also writes '" + t.lower() + "', but shows no other"
                        + " translation casing" : "the document shows translation casing (" + evidence
                        + ") but never writes '" + t.lower() + "'";
                out.add(new Hit(t.start(), t.end(), t.lower(), Rules.CASING_COMMON_WORD, 0.6,
                        reason + " (" + partial + ")", true, false));
            }
        }
    }

    /**
     * "Institute for Scientific and Technological Cooperation": a short
     * lower-case word joins word i to a capitalised word beyond it, so i is a
     * word of a name whose small words stay small.
     */
    private static boolean linkedToName(TextView view, int i, int step) {
        Token link = view.at(i + step);
        Token beyond = view.at(i + 2 * step);
        return link != null && beyond != null && view.sameSentence(i, i + 2 * step)
                && NAME_LINKS.contains(link.text()) && beyond.capitalised()
                && spaced(view, step < 0 ? i : i + 1) && spaced(view, step < 0 ? i - 1 : i + 2);
    }

    /**
     * Word k is an acronym ("BRICS", "EFE") in the middle of a sentence, not a
     * word of an all-capitals heading ("CIVIL SERVICE REFORM In March").
     */
    private static boolean acronymMidSentence(Document doc, int k) {
        TextView view = doc.view;
        Token t = view.get(k);
        if (!t.allCaps() || t.text().length() > MAX_ACRONYM || !t.text().chars().allMatch(Character::isLetter)
                || doc.analysis.startsSentence(t.start()) || view.clauseStart(k)) {
            return false;
        }
        Token before = view.at(k - 1);
        return before != null && !(before.allCaps() && spaced(view, k));
    }

    /**
     * Word k, left of the conjunction, is a proper noun standing alone: no
     * capitalised word joins it, so it is no part of a longer name or title
     * ("Chile And", not "Pride And" or "Read And" of "RASC Read And Shred Card").
     */
    private static boolean singleName(Document doc, int k) {
        TextView view = doc.view;
        Token beyond = view.at(k - 1);
        if (beyond != null && view.sameSentence(k - 1, k) && beyond.capitalised() && spaced(view, k)) {
            return false;
        }
        return properNoun(doc, view.get(k));
    }

    /** From word k on, right of the conjunction, a name of at most three proper nouns ("South Africa"). */
    private static boolean nameAfter(Document doc, int k) {
        TextView view = doc.view;
        int end = k;
        while (end < view.size() && end - k < 3 && view.sameSentence(k, end) && (end == k || spaced(view, end))
                && view.get(end).capitalised()) {
            end++;
        }
        Token beyond = view.at(end);
        if (end == k || beyond != null && view.sameSentence(k, end) && spaced(view, end) && beyond.capitalised()) {
            return false;
        }
        if (doc.names.lookup(view.text().substring(view.get(k).start(), view.get(end - 1).end())).isPresent()) {
            return true;
        }
        for (int j = k; j < end; j++) {
            if (!properNoun(doc, view.get(j))) {
                return false;
            }
        }
        return true;
    }

    static boolean properNoun(Document doc, Token t) {
        return t.capitalised() && (t.allCaps() || doc.names.lookup(t.text()).isPresent()
                || doc.tagger().onlyBe(t.text(), PROPER));
    }

    /** The hit's word with its neighbours, as evidence to name: "BRICS And Shanghai". */
    private static String phraseAround(TextView view, Hit h) {
        int i = view.firstAtOrAfter(h.start());
        return view.text().substring(view.get(i - 1).start(), view.get(Math.min(i + 1, view.size() - 1)).end());
    }

    /** A comma and a space before word i, on one line: "fee-for-service, And toward". */
    static boolean afterComma(TextView view, int i) {
        String gap = view.gapBefore(i);
        return gap.indexOf('\n') < 0 && gap.strip().equals(",");
    }

    /** A colon and a space before word i, on one line: "should know this: If A bill". */
    private static boolean afterColon(TextView view, int i) {
        String gap = view.gapBefore(i);
        return gap.indexOf('\n') < 0 && gap.strip().equals(":");
    }

    /** Only a plain space (no punctuation) before word i. */
    private static boolean spaced(TextView view, int i) {
        String gap = view.gapBefore(i);
        return !gap.isEmpty() && gap.isBlank() && gap.indexOf('\n') < 0;
    }

    /**
     * Title case around the word: the whole sentence is a headline, or the
     * run of capitalised words around it holds another capitalised function
     * word or article ("Gone With The Wind"), or is quoted.
     */
    private static boolean titleLike(Document doc, int i) {
        TextView view = doc.view;
        Set<String> headline = doc.sets.get("headline_function");
        if (view.titleCase(view.get(i).sentence(), headline)) {
            return true;
        }
        int[] run = {i, i};
        for (int step : new int[] {-1, 1}) {
            for (int k = i + step; view.at(k) != null && view.sameSentence(i, k); k += step) {
                Token t = view.get(k);
                if (!t.capitalised() || !spaced(view, step < 0 ? k + 1 : k)) {
                    break;
                }
                if (headline.contains(t.lower()) && !t.allCaps() && !openerBeforeProse(doc, i, k)) {
                    return true;
                }
                run[step < 0 ? 0 : 1] = k;
            }
        }
        // a quoted title: 'She read "War And Peace"'
        String before = view.gapBefore(run[0]);
        String after = view.gapAfter(run[1]);
        return !before.isEmpty() && QUOTES.indexOf(before.charAt(before.length() - 1)) >= 0
                && !after.isEmpty() && QUOTES.indexOf(after.charAt(0)) >= 0;
    }

    /**
     * Word k, the sentence's first word, is the only capital before word i, and a lower-case
     * content word follows it ("Over The past 7 years", "And In case"): the opener's capital
     * is the sentence's, not a title's.
     */
    private static boolean openerBeforeProse(Document doc, int i, int k) {
        TextView view = doc.view;
        Token next = view.at(i + 1);
        return k == i - 1 && view.sentenceStart(view.get(k).sentence()) == k && next != null && next.lowerCase()
                && !doc.sets.get("headline_function").contains(next.lower());
    }

    /** The word is inside a phrase of the keep list or a known name ("National Assembly", "Europa Press"). */
    private boolean protectedName(Document doc, int i) {
        TextView view = doc.view;
        for (int from = Math.max(0, i - longestKeep + 1); from <= i; from++) {
            StringBuilder sb = new StringBuilder();
            for (int to = from; to < Math.min(view.size(), from + longestKeep); to++) {
                if (to > from) {
                    if (!view.sameSentence(from, to)) {
                        break;
                    }
                    sb.append(' ');
                }
                sb.append(view.get(to).text());
                if (to >= i && (keep.contains(sb.toString()) || to > from && doc.names.lookup(sb.toString()).isPresent())) {
                    return true;
                }
            }
        }
        return false;
    }
}
