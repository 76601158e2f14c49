package org.copydesk.stage.artifacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.copydesk.stage.artifacts.TextView.Token;
import org.copydesk.text.SpanIndex;
import org.copydesk.stage.artifacts.spin.BookBigrams;
import org.copydesk.stage.artifacts.spin.GlossPairs;
import org.copydesk.stage.artifacts.spin.Relation;
import org.copydesk.stage.artifacts.spin.WordNetLexicon;
import org.copydesk.lexicon.EnglishLexicon;
import org.copydesk.text.LineKind;

/**
 * SPIN_COLLOCATION: reverses a spinner's word-by-word thesaurus swap in a
 * two-word phrase ("bosom malignancy" for breast cancer). A pair of content
 * words that is not itself a known collocation is a candidate when a known
 * collocation (ours or a WordNet term) has, position by position, the same
 * word or a WordNet relative of it. The fix applies only when the evidence is
 * strong: one candidate, every replaced word in a synset of the original, and
 * the collocation is one of our domain terms, or the document is spun
 * (other spinner signatures, several such phrases, or it uses the collocation
 * itself); else it is reported in a spun document. Weaker links (hypernym, gloss) are reported in a
 * spun document, or, without document evidence, when they lead to exactly one of our collocations.
 */
final class SpunCollocationRule {
    static final String RULE = "SPIN_COLLOCATION";
    /** Candidate phrases per 100 words from which the document itself reads as spun. */
    static final double SPUN_DENSITY = 1.5;
    /** ... and at least this many of them: one or two odd phrases are a writer's choice ("peace negotiations after heavy rainfall"). */
    static final int MIN_PHRASES = 3;
    /** Words either side of a phrase in which another collocation of its domain shows the subject. */
    static final int TOPIC_WINDOW = 40;
    /** A phrase of a rotation the document shows (below): loosely linked alone, decisive in the pattern. */
    static final double ROTATION_CONFIDENCE = 0.8;
    /** Phrases of improbable swaps ({@link Swap#improbable()}) from which a document reads as spun. */
    static final int MIN_IMPROBABLE = 2;
    /** Phrases of odd swaps ({@link Swap#odd()}) from which a document reads as spun (clean English: up to 3 in 1,000 words). */
    static final int MIN_ODD = 4;
    /**
     * The document's spin score ({@link Outcome#spinScore()}: odd swaps, improbable ones counted twice, plus
     * the swaps WordNet's prose attests against) from which such an attested swap is fixed without other
     * signatures. Phrases books write ({@link BookBigrams}) count for nothing: so counted, clean modern
     * English scores at most 4 (2 articles in 512; before, "prudent man" and "tough times" took one to 5),
     * as does the public-domain prose (1 document in 458), while documents of spun paragraphs (one spin in
     * about 120 words) score 6 to 18.
     */
    static final int ATTESTED_SCORE = 7;
    /**
     * The spin score from which the books' evidence ({@link #booksAgainst}) restores a term: lower than
     * {@link #ATTESTED_SCORE}, as a phrase missing from books that write the term is stronger evidence than
     * one missing from WordNet's 1.5 million words; still two above clean English's highest score.
     */
    static final int BOOKS_SCORE = 6;
    /**
     * Writers seldom use a swapped word in the sense it shares with the original up to this SemCor tag count
     * ("interior" for national 0): 2 points of evidence for the books' rule ({@link #booksAgainst}).
     */
    static final int SELDOM_USED = 2;
    /**
     * ... and sometimes up to this one ("developing lands": 7 for country), 0 points; beyond it the word is a
     * writer's choice as often as a swap ("great" for important, 146) and the books' rule leaves it.
     */
    static final int SOMETIMES_USED = 8;
    /**
     * Points of evidence the books' rule needs: the sense use's (2 or 0), the rarity's (2 for a word two
     * frequency classes rarer than the original, 0 for one as common or a class rarer; a commoner word is
     * no swap), and the books', log2 of how many times the floor of the table books write the term. So a
     * seldom-used, rarer synonym needs a term written twice the floor; a sometimes-used one or one merely as
     * common needs 8 times (51 million); one that is both, 32 times.
     */
    static final double BOOKS_EVIDENCE = 5;
    /**
     * The spin score from which the books' rule also takes a similar adjective (WordNet's "similar to", not the
     * same synset: "angelic" health ~ good health, "dejected" payment ~ down payment). Writers often choose a
     * narrower adjective on purpose ("nonpublic school", "semiautomatic weapons"), so it needs a document spun
     * far beyond clean English's highest score of 4: at least five swaps found.
     */
    static final int HEAVY_SPIN_SCORE = 10;

    /** Words a spinner leaves alone and no collocation turns on. */
    private static final Set<String> FUNCTION = org.copydesk.stage.artifacts.spin.GlossPairs.FUNCTION_WORDS;

    private static final java.util.regex.Pattern NOUN = java.util.regex.Pattern.compile("NN(S|:.*)?");
    private static final java.util.regex.Pattern MODIFIER = java.util.regex.Pattern.compile("JJ.*|NN(S|:.*)?|VBG|VBN");

    private final Collocations collocations;

    SpunCollocationRule(Collocations collocations) {
        this.collocations = collocations;
    }

    /** One phrase and the collocations it may be a spin of. */
    private record Candidate(int first, String a, String b, boolean plural, List<String> strong,
                             List<String> weak, String ranking) {
        Candidate(int first, String a, String b, boolean plural, List<String> strong, List<String> weak) {
            this(first, a, b, plural, strong, weak, null);
        }

        /** This candidate with only its most written collocation, {@code why} saying how it was chosen. */
        Candidate narrowed(String collocation, String why) {
            return new Candidate(first, a, b, plural, List.of(collocation), weak, why);
        }

        String written(TextView view) {
            return a + " " + view.get(first + 1).lower();
        }
    }

    /**
     * The word a spinner would have swapped for the only strong candidate, when it differs in one word:
     * {@code spun} (in the text) for {@code original} (in the collocation). {@code senseUse}: how often
     * writers use the spun word in the sense it shares with the original (SemCor tag count, -1 when they
     * share no sense), counting an adjective's similar synsets; {@code synonym}: they share a synset itself;
     * {@code spunClass}, {@code originalClass}: the words' frequency classes (0..25).
     */
    record Swap(String spun, String original, int senseUse, boolean synonym, int spunClass, int originalClass) {
        /** Frequency class up to which a word is rare in English (LanguageTool's classes: "jalopy" 4, "gunpoint" 9). */
        static final int RARE = 6;
        /** ... up to which a word is uncommon ("functionary" 8, "pedagogy" 8; "tough" 13). */
        static final int UNCOMMON = 10;
        /** Frequency class from which the original is a common word ("care" 15, "forces" 14). */
        static final int COMMON = 11;
        /** Classes by which a rare word is rarer than the word it stands for, whatever its senses' use. */
        static final int RARER = 6;
        /** ... up to which a synonym is not an everyday word ("taxation" 11; "gang" 12, "land" 13). */
        static final int LESS_COMMON = 11;

        /** Nobody writes the spun word in the shared sense: a thesaurus put it there. */
        boolean unusedSense() {
            return senseUse == 0;
        }

        /**
         * Rare for a common word in a sense writers never give it ("furiousness" for violence): a swap
         * no writer makes, enough alone to restore the collocation. Only a synonym (one synset): a
         * similar adjective is often a narrower term writers choose ("semiautomatic" weapons).
         */
        boolean decisive() {
            return synonym && unusedSense() && spunClass >= 0 && spunClass <= RARE && originalClass >= COMMON;
        }

        /** An uncommon synonym for a common word in an unused sense: counts towards a document that reads as spun. */
        boolean improbable() {
            return synonym && unusedSense() && spunClass >= 0 && spunClass <= UNCOMMON && originalClass >= COMMON + 1;
        }

        /**
         * In an unused sense and clearly rarer (two classes) than the word it stands for (a similar adjective
         * too), or a rare word for a much commoner one ("adroitness" for facility): counts
         * towards a document that reads as spun. A word the lexicon lacks (class -1: "programme", a British
         * spelling) is no evidence.
         */
        boolean odd() {
            return spunClass >= 0 && (unusedSense() && spunClass + 2 <= originalClass
                    || spunClass <= RARE + 1 && spunClass + RARER <= originalClass);
        }

        /** Clearly rarer (two frequency classes) than the word it stands for. */
        boolean rarer() {
            return spunClass >= 0 && spunClass + 2 <= originalClass;
        }

        /**
         * A swap worth checking against WordNet's prose ({@link GlossPairs}) in a heavily spun document:
         * clearly rarer than the original, and either a synonym (one synset) writers never use in that sense
         * or that is not a common word itself (class up to {@link #LESS_COMMON}), or a similar adjective
         * writers never use in that sense. A similar adjective writers do use so ("tired" body ~ dead body)
         * and a common synonym ("gang" members ~ crew members) are a writer's choice as often as a swap.
         */
        boolean attestable() {
            return rarer() && (synonym ? unusedSense() || spunClass <= LESS_COMMON : unusedSense());
        }

        /**
         * A synonym in an unused sense, not common itself and clearly rarer (two classes) than the word it
         * stands for: fixed where the document reads as spun. A rare word in a sense writers do give it, or
         * a similar adjective ("nonpublic" school), is only odd; a common word's SemCor count of 0 says
         * little ("tough" times).
         */
        boolean misused() {
            return synonym && unusedSense() && spunClass >= 0 && spunClass <= UNCOMMON
                    && spunClass + 2 <= originalClass;
        }

        String evidence() {
            return String.format(Locale.ROOT, "writers never use '%s' in the sense it shares with '%s' (WordNet"
                    + " SemCor count 0), and it is rarer (frequency class %d of 25, '%s' %d)", spun, original,
                    spunClass, original, originalClass);
        }
    }

    /** The swap behind a candidate's only strong collocation, or null (several, none, or both words differ). */
    private static Swap swap(WordNetLexicon wn, EnglishLexicon english, Candidate c, TextView view) {
        if (c.strong().size() != 1) {
            return null;
        }
        String[] t = c.strong().get(0).split(" ");
        if (t[0].equals(c.a()) == t[1].equals(c.b())) {
            return null;
        }
        boolean head = t[0].equals(c.a());
        String spun = head ? c.b() : c.a();
        String original = head ? t[1] : t[0];
        String surface = head ? view.get(c.first() + 1).lower() : c.a();
        String originalSurface = head && c.plural() ? inflect(t, true).split(" ")[1] : original;
        int direct = wn.sharedSenseUse(spun, original, head, false);
        return new Swap(spun, original, direct >= 0 ? direct : wn.sharedSenseUse(spun, original, head, true),
                direct >= 0, english.frequency(surface), english.frequency(originalSurface));
    }

    /**
     * Spun phrases in the document; {@code signatures}: spinner signatures the phrase tables found.
     * Returns the document's share of phrases that are WordNet synonyms of a collocation, per 100 words.
     */
    /**
     * What the rule saw in a document: {@code perHundred} phrases pointing to a collocation per 100 words,
     * and whether they make the document read as spun ({@link #SPUN_DENSITY}, {@link #MIN_PHRASES}).
     */
    record Outcome(double perHundred, boolean spun, int spinScore) {
        static final Outcome NONE = new Outcome(0, false, 0);
    }

    Outcome find(Document doc, long signatures, List<Hit> taken, PhraseTable tables, EnglishLexicon english,
                 List<Hit> out) {
        TextView view = doc.view;
        List<Integer> pairs = new ArrayList<>();
        // the other rules' hits: a spun document has 10^5 of them, asked about once per word pair
        SpanIndex takenSpans = SpanIndex.of(taken, Hit::start, Hit::end);
        for (int i = 0; i + 1 < view.size(); i++) {
            // a phrase the tables list is theirs to judge: where their context condition declined it
            // ("a man of profound learning"), the looser synonym evidence must not overrule them
            if (contentPair(doc, i) && !takenSpans.overlaps(view.get(i).start(), view.get(i + 1).end())
                    && !tables.knows(view.get(i).text(), view.get(i + 1).text())) {
                pairs.add(i);
            }
        }
        if (pairs.isEmpty()) {
            return Outcome.NONE; // WordNet stays closed
        }
        WordNetLexicon wn = WordNetLexicon.get();
        Set<String> bigrams = new HashSet<>();
        for (int i = 0; i + 1 < view.size(); i++) {
            bigrams.add(view.get(i).lower() + " " + view.get(i + 1).lower());
        }
        List<Candidate> found = new ArrayList<>();
        BookBigrams books = null;
        for (int i : pairs) {
            Candidate c = candidate(wn, view, i, doc::tagger, bigrams);
            if (c != null && !c.strong().isEmpty()) {
                books = books == null ? BookBigrams.get() : books;
                // a phrase books write millions of times is English, whatever synonyms a term has
                // ("safe haven" ~ safe harbor, "working families" ~ working class): no evidence, no fix
                if (books.countAnyNumber(c.a(), view.get(i + 1).lower()) > 0) {
                    continue;
                }
                c = mostWritten(books, c);
            }
            if (c != null) {
                found.add(c);
            }
        }
        int words = Math.max(1, view.wordCount());
        Map<Candidate, Swap> swaps = new HashMap<>();
        for (Candidate c : found) {
            Swap sw = swap(wn, english, c, view);
            if (sw != null) {
                swaps.put(c, sw);
            }
        }
        // the document's own evidence: phrases that point to one of our collocations or to one it writes itself
        long trusted = found.stream().filter(c -> trusted(wn, c, bigrams)).count();
        double perHundred = trusted * 100.0 / words;
        // or several phrases each made by an uncommon word in a sense writers never give it: in clean
        // English such a phrase stands alone in a document, if at all
        // (distinct phrases: a term the author repeats is the author's usage, however odd)
        Set<String> improbable = new TreeSet<>();
        Set<String> odd = new TreeSet<>();
        // ... made by different words: one odd word the author keeps using ("an old gentleman", "a military
        // gentleman") is the author's vocabulary, while a thesaurus spreads its swaps over many words
        Set<String> improbableWords = new TreeSet<>();
        Set<String> oddWords = new TreeSet<>();
        for (Candidate c : found) {
            Swap sw = swaps.get(c);
            if (sw != null && sw.improbable()) {
                improbable.add(c.a() + " " + c.b());
                improbableWords.add(sw.spun());
            }
            if (sw != null && sw.odd()) {
                odd.add(c.a() + " " + c.b());
                oddWords.add(sw.spun());
            }
        }
        // how spun the document reads by its swaps alone: each odd swap counts, an improbable one twice
        Set<String> swapped = new TreeSet<>(odd);
        swapped.addAll(improbable);
        // ... and the swaps WordNet's prose attests against: the phrase never written there, the term written
        // (looked up only where they could take the score to ATTESTED_SCORE: most documents never open the table)
        Map<Candidate, Integer> attested = new HashMap<>();
        Set<String> attestedPhrases = new TreeSet<>();
        List<Candidate> attestable = found.stream().filter(c -> swaps.get(c) != null && swaps.get(c).attestable())
                .toList();
        long attestableCount = attestable.stream().map(c -> c.a() + " " + c.b()).distinct().count();
        if (swapped.size() + improbable.size() + attestableCount >= ATTESTED_SCORE) {
            for (Candidate c : attestable) {
                int termUses = proseAgainst(view, c);
                if (termUses > 0) {
                    attested.put(c, termUses);
                    attestedPhrases.add(c.a() + " " + c.b());
                }
            }
        }
        int spinScore = swapped.size() + improbable.size() + attestedPhrases.size();
        String scoreEvidence = String.format(Locale.ROOT, "the document's spin score is %d (%d odd swaps, %d of"
                + " them improbable, %d attested against)", spinScore, swapped.size(), improbable.size(),
                attestedPhrases.size());
        boolean signed = signatures > 0 || trusted >= MIN_PHRASES && perHundred >= SPUN_DENSITY;
        boolean spun = signed || improbableWords.size() >= MIN_IMPROBABLE || oddWords.size() >= MIN_ODD;
        String evidence = signatures > 0 ? "the document has " + signatures + " other spinner signature(s)"
                : trusted >= MIN_PHRASES && perHundred >= SPUN_DENSITY
                ? String.format(Locale.ROOT, "the document has %d such phrases (%.1f per 100 words)", trusted,
                perHundred)
                : improbableWords.size() >= MIN_IMPROBABLE ? "the document has " + improbable.size()
                + " phrases made of an uncommon word in a sense writers never give it " + improbable
                : "the document has " + odd.size() + " phrases made of a rarer word in a sense writers never give it "
                + odd;
        // a rare word alone shows a thesaurus only among plain words: prose that writes rare words often
        // (scripture, fiction, a satirical dictionary) gives them senses WordNet's tagged corpus never saw
        String plain = !spun && swaps.values().stream().anyMatch(Swap::decisive)
                ? plainVocabulary(view, english, swaps.values()) : null;
        Rotations rotations = spun ? Rotations.of(wn, collocations, found, bigrams, signatures > 0) : Rotations.EMPTY;
        for (Candidate c : found) {
            Hit h = rotated(doc, c, rotations, evidence, bigrams, signatures > 0);
            if (h == null) {
                h = decide(doc, c, spun ? evidence : null, signed, bigrams, swaps.get(c),
                        spinScore >= ATTESTED_SCORE ? attested.get(c) : null, scoreEvidence, plain, books, spinScore);
            }
            if (h != null) {
                out.add(h);
            }
        }
        return new Outcome(Math.round(perHundred * 100) / 100.0, spun, spinScore);
    }

    /**
     * The spinner's rotation for one word of our collocations, seen across a spun document: a spinner
     * replaces each occurrence of "cancer" by another relative ("breast tumor", "breast malignancy",
     * "disease cells"), so several different phrases that each come back to one of our collocations
     * through a taxonomic WordNet link (a kind of, not a mere gloss word) and share the restored word
     * show the rotation. A writer who means a breast tumor writes it the same way each time.
     * {@code byTarget}: restored word to the spun words seen for it; {@code phrases}: restored word to
     * the distinct phrases that show it.
     */
    private record Rotations(Map<String, Set<String>> byTarget, Map<String, Set<String>> phrases) {
        static final Rotations EMPTY = new Rotations(Map.of(), Map.of());
        /** Distinct phrases and distinct spun words a rotation needs. */
        static final int MIN_ROTATED_PHRASES = 3;
        static final int MIN_ROTATED_WORDS = 2;

        static Rotations of(WordNetLexicon wn, Collocations collocations, List<Candidate> found, Set<String> bigrams,
                            boolean signatures) {
            Map<String, Set<String>> byTarget = new HashMap<>();
            Map<String, Set<String>> phrases = new HashMap<>();
            for (Candidate c : found) {
                // a phrase with two ways back counts for both; the fix still needs exactly one shown way
                for (Link link : links(wn, collocations, c, bigrams, signatures)) {
                    byTarget.computeIfAbsent(link.restored(), k -> new TreeSet<>()).add(link.spun());
                    phrases.computeIfAbsent(link.restored(), k -> new TreeSet<>()).add(c.a() + " " + c.b());
                }
            }
            return new Rotations(byTarget, phrases);
        }

        /** The taxonomic links of a loose candidate to our collocations. */
        static List<Link> links(WordNetLexicon wn, Collocations collocations, Candidate c, Set<String> bigrams,
                                boolean signatures) {
            List<Link> out = new ArrayList<>();
            if (!c.strong().isEmpty()) {
                return out;
            }
            for (String o : c.weak()) {
                String[] t = o.split(" ");
                if (collocations.domain(t[0], t[1]) == null
                        || o.endsWith("s") && c.weak().contains(o.substring(0, o.length() - 1))) {
                    continue; // "breast cancers" beside "breast cancer" is the same way back
                }
                // a document that writes the collocation itself may mean both ("breast tumor" and "breast
                // cancer" in one clinical text): only other spinner signatures outweigh that
                if (!signatures && (bigrams.contains(o) || bigrams.contains(inflect(t, true)))) {
                    continue;
                }
                Link l = null;
                if (t[0].equals(c.a()) && (wn.kindOf(c.b(), t[1]) || wn.inTermGloss(o, c.b()))) {
                    l = new Link(o, c.b(), t[1]);
                } else if (t[1].equals(c.b()) && wn.kindOf(c.a(), t[0])) {
                    l = new Link(o, c.a(), t[0]);
                }
                if (l != null) {
                    out.add(l);
                }
            }
            return out;
        }

        boolean shows(String restored) {
            return phrases.getOrDefault(restored, Set.of()).size() >= MIN_ROTATED_PHRASES
                    && byTarget.getOrDefault(restored, Set.of()).size() >= MIN_ROTATED_WORDS;
        }
    }

    /** A loose candidate's way back: the collocation, the spun word, the word it restores. */
    private record Link(String collocation, String spun, String restored) {
    }

    /** The fix of a loose candidate whose link belongs to a rotation the document shows; else null. */
    private Hit rotated(Document doc, Candidate c, Rotations rotations, String evidence, Set<String> bigrams,
                        boolean signatures) {
        if (rotations.byTarget().isEmpty()) {
            return null;
        }
        // of several ways back ("breast disease": breast cancer or heart disease) the one the rotation shows
        List<Link> shown = Rotations.links(WordNetLexicon.get(), collocations, c, bigrams, signatures).stream()
                .filter(x -> rotations.shows(x.restored())).toList();
        if (shown.size() != 1) {
            return null;
        }
        Link l = shown.get(0);
        String[] t = l.collocation().split(" ");
        String found = doc.view.text().substring(doc.view.get(c.first()).start(), doc.view.get(c.first() + 1).end());
        String reason = "the document rotates " + rotations.byTarget().get(l.restored()) + " for '" + l.restored()
                + "' in " + rotations.phrases().get(l.restored()).size() + " different phrases, each a WordNet kind of it"
                + " that makes one of our " + collocations.domain(t[0], t[1]) + " collocations; " + evidence;
        return hit(doc.view, c, found, inflect(t, c.plural()), ROTATION_CONFIDENCE, reason, false);
    }

    /** Two adjacent content words of one sentence of prose, lower case or cased as a whole. */
    private static boolean contentPair(Document doc, int i) {
        TextView view = doc.view;
        Token a = view.get(i);
        Token b = view.get(i + 1);
        if (!view.sameSentence(i, i + 1) || !view.gapBefore(i + 1).equals(" ")) {
            return false;
        }
        if (!word(a) || !word(b)) {
            return false;
        }
        int pos = a.start();
        if (doc.analysis.touchesCode(pos, b.end()) || doc.analysis.inQuotation(pos, b.end())) {
            return false;
        }
        LineKind kind = doc.analysis.lineAt(pos).kind();
        if (kind == LineKind.CODE || kind == LineKind.TABLE_ROW || kind == LineKind.BLANK) {
            return false;
        }
        boolean lower = a.lowerCase() && b.lowerCase();
        // a capital mid-sentence is a name ("Bust Street"); only a sentence opening or a title-case heading counts
        boolean opening = a.capitalised() && b.lowerCase() && view.clauseStart(i);
        // headings capitalise freely ("Treatments of Bosom Malignant growth")
        boolean title = a.capitalised() && kind == LineKind.HEADING;
        return lower || opening || title;
    }

    private static boolean word(Token t) {
        String w = t.lower();
        if (w.length() < 3 || FUNCTION.contains(w) || t.allCaps()) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (w.charAt(k) < 'a' || w.charAt(k) > 'z') {
                return false;
            }
        }
        return true;
    }

    private Candidate candidate(WordNetLexicon wn, TextView view, int i, java.util.function.Supplier<PosTagger> tagger,
                                Set<String> bigrams) {
        String a = view.get(i).lower();
        String bSurface = view.get(i + 1).lower();
        String bBase = wn.nounBase(bSurface);
        // "policemen" is as plural as "officers"
        boolean plural = bBase != null && (bSurface.endsWith("s") || bSurface.endsWith("men") && bBase.endsWith("man"));
        String b = plural ? bBase : bSurface;
        if (!tagger.get().mayBe(bSurface, NOUN) || !tagger.get().mayBe(a, MODIFIER)) {
            return null; // not a noun phrase: "rose last", "said today"
        }
        if (collocations.known(wn, a, bSurface) || collocations.known(wn, a, b)) {
            return null; // "deep learning", "breast cancer": a known term is never a spin
        }
        Set<String> strong = new LinkedHashSet<>();
        Set<String> firsts = new LinkedHashSet<>(wn.synonyms(a, false));
        firsts.add(a);
        Set<String> seconds = new LinkedHashSet<>(wn.synonyms(b, true));
        seconds.add(b);
        for (String f : firsts) {
            for (String s : seconds) {
                // two swapped words make a WordNet term out of almost any pair ("last year" ~ "senior class"):
                // only one of our domain collocations may differ in both
                boolean both = !f.equals(a) && !s.equals(b);
                if (!(f.equals(a) && s.equals(b)) && (both ? collocations.domain(f, s) != null
                        : collocations.known(wn, f, s))) {
                    strong.add(f + " " + s);
                }
            }
        }
        Set<String> weak = new LinkedHashSet<>();
        // loose links only for the head noun ("breast tumor" ~ "breast cancer"): a loosely related
        // modifier would match half the adjectives of English
        if (strong.isEmpty()) {
            for (String s : collocations.secondsAfter(wn, a)) {
                // and only towards one of our collocations or one the document writes itself:
                // a hypernym turns any noun phrase into some WordNet term ("fresh bread" ~ "fresh food")
                boolean trusted = collocations.domain(a, s) != null || bigrams.contains(a + " " + s);
                if (trusted && !s.equals(b) && weakly(wn, b, a + " " + s, s, true)) {
                    weak.add(a + " " + s);
                }
            }
            // a loosely related modifier only towards one of our collocations ("disease cells" ~ cancer cells)
            for (String f : collocations.domainFirstsBefore(b)) {
                if (!f.equals(a) && weakly(wn, a, f + " " + b, f, false)) {
                    weak.add(f + " " + b);
                }
            }
        }
        if (strong.isEmpty() && weak.isEmpty()) {
            return null;
        }
        return new Candidate(i, a, b, plural, List.copyOf(strong), List.copyOf(weak));
    }

    private static boolean weakly(WordNetLexicon wn, String w, String term, String t, boolean head) {
        return wn.relation(w, t, head) == Relation.WEAK || wn.inTermGloss(term, w);
    }

    /**
     * Whether a candidate counts towards the document's spun density: a synonym of one of our collocations
     * or of one the document writes, or a loose link of that kind that is taxonomic (a kind of the word,
     * or named in the term's own gloss). A gloss word alone links too much ordinary English ("home prices"
     * ~ stock prices, "fiscal capacity" ~ fiscal quarter) to count as evidence.
     */
    private boolean trusted(WordNetLexicon wn, Candidate c, Set<String> bigrams) {
        boolean strong = !c.strong().isEmpty();
        List<String> options = strong ? c.strong() : c.weak();
        for (String o : options) {
            String[] t = o.split(" ");
            if ((collocations.domain(t[0], t[1]) != null || usesTarget(t, bigrams)) && (strong || taxonomic(wn, c, t, o))) {
                return true;
            }
        }
        return false;
    }

    private static boolean taxonomic(WordNetLexicon wn, Candidate c, String[] t, String o) {
        return t[0].equals(c.a()) ? wn.kindOf(c.b(), t[1]) || wn.inTermGloss(o, c.b())
                : t[1].equals(c.b()) && wn.kindOf(c.a(), t[0]);
    }

    /** For a report only: a modifier may also be the same word in another part of speech ("hormonal" for hormone). */
    private static boolean reportable(WordNetLexicon wn, Candidate c, String[] t, String o) {
        return taxonomic(wn, c, t, o) || t[1].equals(c.b()) && sameStem(c.a(), t[0]);
    }

    private static boolean sameStem(String a, String b) {
        return a.length() >= 6 && b.length() >= 6 && a.regionMatches(0, b, 0, 6);
    }

    private static boolean usesTarget(String[] t, Set<String> bigrams) {
        return bigrams.contains(t[0] + " " + t[1]) || bigrams.contains(inflect(t, true));
    }

    /** Distinct rare words (frequency class up to {@link Swap#RARE}) per 1,000 words up to which a document's words are plain. */
    static final int PLAIN_RARE_PER_1000 = 5;

    /**
     * The evidence that the document's vocabulary is plain, or null: its distinct rare lower-case words other
     * than the swapped ones, per 1,000 words (modern speeches: median 3; scripture 12, fiction 10).
     */
    private static String plainVocabulary(TextView view, EnglishLexicon english, java.util.Collection<Swap> swaps) {
        Set<String> swapped = new HashSet<>();
        swaps.forEach(sw -> swapped.add(sw.spun()));
        Set<String> rare = new HashSet<>();
        for (int i = 0; i < view.size(); i++) {
            String w = view.get(i).text();
            if (w.length() >= 3 && w.equals(view.get(i).lower()) && w.chars().allMatch(Character::isLetter)
                    && !swapped.contains(w) && !rare.contains(w)) {
                int cls = english.frequency(w);
                if (cls >= 0 && cls <= Swap.RARE) {
                    rare.add(w);
                }
            }
        }
        double per1000 = rare.size() * 1000.0 / Math.max(1000, view.wordCount());
        return per1000 <= PLAIN_RARE_PER_1000 ? String.format(Locale.ROOT,
                "the document's other words are plain (%.1f rare words per 1,000)", per1000) : null;
    }

    /**
     * Fix, report or leave one candidate. A fix needs all of: one candidate, every replaced word in a
     * synset of the original, a spun document, and the collocation either written by the document
     * itself or its replaced words used elsewhere in it (the spinner left the original word somewhere,
     * which also tells "bosom" as breast from "bosom" as heart), or it being one of our collocations
     * with no other sense of the spun word in the document. {@code spun} is the document evidence,
     * null when it has none; {@code signed}: the evidence is other signatures or the density of trusted
     * phrases, not only improbable swaps. A swap the word itself shows ({@link Swap#decisive()}, or
     * {@link Swap#odd()} in a spun document) is fixed on that evidence.
     */
    private Hit decide(Document doc, Candidate c, String spun, boolean signed, Set<String> bigrams, Swap swap,
                       Integer attestedUses, String scoreEvidence, String plain, BookBigrams books, int spinScore) {
        TextView view = doc.view;
        String found = view.text().substring(view.get(c.first()).start(), view.get(c.first() + 1).end());
        if (c.strong().size() == 1) {
            String target = c.strong().get(0);
            String[] t = target.split(" ");
            String domain = collocations.domain(t[0], t[1]);
            boolean writesTarget = usesTarget(t, bigrams);
            boolean writesWords = writesReplacedWords(doc, c, t);
            StringBuilder why = new StringBuilder(synonymy(c, t));
            why.append("; '").append(target).append("' is ")
                    .append(domain != null ? "a " + domain + " collocation" : "a WordNet term")
                    .append(c.ranking() != null ? "; " + c.ranking() : "; the only candidate");
            if (writesTarget) {
                why.append("; the document itself writes '").append(target).append("'");
            } else if (writesWords) {
                why.append("; the document writes '").append(c.a().equals(t[0]) ? t[1] : t[0])
                        .append("' elsewhere");
            }
            if (spun != null) {
                why.append("; ").append(spun);
            }
            String otherSense = writesTarget || writesWords ? null : otherSense(doc, c, t);
            if (otherSense != null) {
                why.append("; but the document writes '").append(otherSense).append("', another sense");
            }
            boolean decisive = writesTarget || writesWords || domain != null && otherSense == null;
            // the swapped word itself shows the thesaurus: rare, or odd in a spun document; rare alone only
            // towards one of our collocations or among plain words (archaic or literary prose writes rare words
            // in senses WordNet's tagged corpus never saw: "naughty figs", "great bulwarks")
            if (swap != null && (swap.decisive() && (spun != null || domain != null || plain != null)
                    || spun != null && swap.misused())) {
                boolean onPlainWords = spun == null && domain == null;
                return hit(view, c, found, inflect(t, c.plural()), swap.decisive() ? 0.8 : 0.85,
                        why + "; " + swap.evidence() + (onPlainWords ? "; " + plain : ""), false);
            }
            // a document spun by its odd swaps alone shows no more than those: the looser ways back
            // (the document writes the word elsewhere, a domain term) are only reported there
            // ... unless the document writes the collocation itself, or the swapped word is one writers never
            // use in that sense
            boolean shown = signed ? decisive
                    : writesTarget || decisive && swap != null && swap.unusedSense();
            if (spun != null && shown) {
                return hit(view, c, found, inflect(t, c.plural()), domain != null ? 0.92 : 0.85, why.toString(),
                        false);
            }
            if (attestedUses != null && otherSense == null) {
                return attested(view, c, found, t, swap, attestedUses, why + "; " + scoreEvidence + " of "
                        + ATTESTED_SCORE + " from which this applies");
            }
            // (books is read whenever a candidate has a strong collocation, so it is there for this one)
            String inBooks = spinScore < BOOKS_SCORE || otherSense != null ? null
                    : booksAgainst(books, view, c, t, swap, spinScore >= HEAVY_SPIN_SCORE);
            if (inBooks != null) {
                return hit(view, c, found, inflect(t, c.plural()), 0.8, why + "; " + scoreEvidence + " of "
                        + BOOKS_SCORE + " from which books' evidence applies; " + inBooks, false);
            }
            String topic = domain == null ? null : topical(view, c.first(), domain);
            if (spun != null || topic != null) {
                return hit(view, c, found, inflect(t, c.plural()), 0.6, why + (topic == null ? ""
                        : "; '" + topic + "' nearby is a " + domain + " collocation too"), true);
            }
            // outside a spun document synonymy alone is everyday English ("elderly man" ~ old man, "peace
            // negotiations" ~ peace talks): WordNet synsets are too broad to tell a spin by themselves
            return null;
        }
        if (spun == null) {
            // without document evidence only a loose link to one of our collocations, and only reported
            // without document evidence: a loose link to exactly one of our collocations, among others of its domain
            // of several loose links only the taxonomic ones count ("bust" is under chest ~ breast; "blood
            // cancer" or "brain cancer" are gloss neighbours at most)
            String phrase = c.a() + " " + c.b();
            List<String> taxonomic = c.weak().stream()
                    .filter(o -> !(o.endsWith("s") && c.weak().contains(o.substring(0, o.length() - 1))))
                    // the phrase itself, in the other number or case, is no other collocation ("Credit cards")
                    .filter(o -> !o.equals(phrase) && !phrase.equals(o + "s") && !o.equals(phrase + "s"))
                    .filter(o -> reportable(WordNetLexicon.get(), c, o.split(" "), o)).toList();
            // a phrase books write millions of times is English, as for the strong collocations above
            // ("mortgage rates" is no spun "interest rates"); read only for the rare report that gets here
            if (c.strong().isEmpty() && taxonomic.size() == 1
                    && BookBigrams.get().countAnyNumber(c.a(), view.get(c.first() + 1).lower()) == 0) {
                String[] t = taxonomic.get(0).split(" ");
                String domain = collocations.domain(t[0], t[1]);
                String topic = domain == null ? null : topical(view, c.first(), domain);
                if (topic != null) {
                    return hit(view, c, found, inflect(t, c.plural()), 0.5, "loosely related by WordNet (hypernym"
                            + " or gloss) to the " + domain + " collocation '" + taxonomic.get(0)
                            + "', the only candidate; '" + topic + "' nearby is a " + domain + " collocation too",
                            true);
                }
            }
            return null;
        }
        List<String> options = c.strong().isEmpty() ? c.weak() : c.strong();
        String best = options.get(0);
        for (String o : options) {
            if (bigrams.contains(o)) {
                best = o; // the document's own wording among the candidates
                break;
            }
        }
        String reason = (c.strong().isEmpty() ? "loosely related by WordNet (hypernym or gloss) to "
                : "WordNet synonyms of ") + String.join(", ", options) + "; " + spun;
        return hit(view, c, found, inflect(best.split(" "), c.plural()), 0.6, reason, true);
    }

    /** Collocations at least this many times as written in books as the next are the candidate's only one. */
    static final int MOST_WRITTEN_RATIO = 4;

    /**
     * Of several strong collocations, the one books write {@link #MOST_WRITTEN_RATIO} times as often as any
     * other ("thermonuclear weapons": nuclear weapons 166 million, atomic weapons fewer than 6.4 million);
     * the candidate unchanged when none stands out so.
     */
    private static Candidate mostWritten(BookBigrams books, Candidate c) {
        if (c.strong().size() < 2) {
            return c;
        }
        String best = null;
        long top = 0;
        long next = 0;
        for (String o : c.strong()) {
            String[] t = o.split(" ");
            long n = books.countAnyNumber(t[0], t[1]);
            if (n > top) {
                next = top;
                top = n;
                best = o;
            } else {
                next = Math.max(next, n);
            }
        }
        if (best == null || top < MOST_WRITTEN_RATIO * Math.max(next, books.floor())) {
            return c;
        }
        return c.narrowed(best, String.format(Locale.ROOT, "of %d candidates (%s) books write it most, about %d"
                + " million times, the next fewer than %d million", c.strong().size(), String.join(", ", c.strong()),
                top / 1_000_000, BookBigrams.millionsAbove(Math.max(next, books.floor()))));
    }

    /**
     * The books' evidence against a swap, or null: books write the term and not the phrase (so the phrase is
     * rarer than {@link BookBigrams#floor()}), the swapped word is a synonym (one synset; in a heavily spun
     * document, {@code heavy}, also a similar adjective) writers seldom or sometimes use in the shared sense
     * and no commoner than the original, with {@link #BOOKS_EVIDENCE} points in all, and the term is a noun
     * (a verb's other forms, "turns away" beside "go away", are not in the table's count of the phrase).
     */
    private static String booksAgainst(BookBigrams books, TextView view, Candidate c, String[] t, Swap swap,
                                       boolean heavy) {
        if (swap == null || !swap.synonym() && !heavy || swap.senseUse() > SOMETIMES_USED || swap.spunClass() < 0
                || swap.spunClass() > swap.originalClass() || !WordNetLexicon.get().isNounTerm(t[0] + " " + t[1])) {
            return null;
        }
        long term = books.countAnyNumber(t[0], t[1]);
        double points = (swap.senseUse() <= SELDOM_USED ? 2 : 0) + (swap.rarer() ? 2 : 0)
                + Math.log((double) term / books.floor()) / Math.log(2);
        if (term == 0 || points < BOOKS_EVIDENCE) {
            return null;
        }
        return String.format(Locale.ROOT, "books write '%s %s' about %d million times and '%s' fewer than %d"
                + " million (Google Books); writers use '%s' in the sense it shares with '%s' %d time(s) in WordNet's"
                + " SemCor, and it is %s (frequency class %d of 25, '%s' %d)%s", t[0], t[1], term / 1_000_000,
                c.written(view), BookBigrams.millionsAbove(books.floor()), swap.spun(), swap.original(),
                swap.senseUse(), swap.rarer() ? "rarer" : "no commoner", swap.spunClass(), swap.original(),
                swap.originalClass(), swap.synonym() ? ""
                        : "; a similar adjective, taken as the document's spin score reaches " + HEAVY_SPIN_SCORE);
    }

    /**
     * How often WordNet's own prose ({@link GlossPairs}) writes the only candidate's term when it never
     * writes the phrase itself; 0 otherwise. An unattested pair alone says little in 1.5 million words:
     * it counts only for a swap a writer seldom makes ({@link Swap#attestable()}).
     */
    private static int proseAgainst(TextView view, Candidate c) {
        String[] t = c.strong().get(0).split(" ");
        GlossPairs prose = GlossPairs.get();
        String second = view.get(c.first() + 1).lower();
        if (prose.countAnyNumber(c.a(), second) + prose.countAnyNumber(c.a(), c.b()) > 0) {
            return 0;
        }
        return prose.countAnyNumber(t[0], t[1]);
    }

    /**
     * The fix of a swap WordNet's prose attests against ({@link #proseAgainst}), in a document whose spin
     * score reaches {@link #ATTESTED_SCORE}; {@code termUses}: how often that prose writes the term.
     */
    private static Hit attested(TextView view, Candidate c, String found, String[] t, Swap swap, int termUses,
                                String why) {
        // each piece of evidence beyond the minimum adds: the sense unused by writers, the term written often
        double confidence = 0.78 + (swap.unusedSense() ? 0.04 : 0) + (termUses >= 3 ? 0.04 : 0);
        String evidence = String.format(Locale.ROOT, "WordNet's definitions and examples (1.5 million words) never"
                + " write '%s %s' but write '%s %s' %d time(s); '%s' is rarer (frequency class %d of 25, '%s' %d)%s",
                c.a(), view.get(c.first() + 1).lower(), t[0], t[1], termUses, swap.spun(), swap.spunClass(),
                swap.original(), swap.originalClass(),
                swap.unusedSense() ? " and writers never use it in that sense" : "");
        return hit(view, c, found, inflect(t, c.plural()), confidence, why + "; " + evidence, false);
    }

    /**
     * A synonym of a replaced word, other than the collocation's, that the document writes: "bosom"
     * read as heart in a text that speaks of the breast. Null when there is none.
     */
    private static String otherSense(Document doc, Candidate c, String[] t) {
        WordNetLexicon wn = WordNetLexicon.get();
        String[][] positions = {{c.a(), t[0], "false"}, {c.b(), t[1], "true"}};
        for (String[] p : positions) {
            if (p[0].equals(p[1])) {
                continue;
            }
            for (String other : wn.synonyms(p[0], Boolean.parseBoolean(p[2]))) {
                if (!other.equals(p[1]) && other.length() > 3 && doc.analysis.countLower(other) > 0) {
                    return other;
                }
            }
        }
        return null;
    }

    /**
     * Another collocation of the domain, written as such within {@link #TOPIC_WINDOW} words of the
     * phrase at {@code first}: the phrase stands in a passage on that subject. Null when there is none.
     */
    private String topical(TextView view, int first, String domain) {
        int from = Math.max(0, first - TOPIC_WINDOW);
        int to = Math.min(view.size() - 1, first + 1 + TOPIC_WINDOW);
        for (int k = from; k < to; k++) {
            if (k == first) {
                continue;
            }
            String a = view.get(k).lower();
            String b = view.get(k + 1).lower();
            if (domain.equals(collocations.domain(a, b))) {
                return a + " " + b;
            }
        }
        return null;
    }

    /** Every word the collocation puts in place of the phrase's also stands elsewhere in the document. */
    private static boolean writesReplacedWords(Document doc, Candidate c, String[] t) {
        boolean first = c.a().equals(t[0]) || doc.analysis.countLower(t[0]) > 0;
        boolean second = c.b().equals(t[1]) || doc.analysis.countLower(t[1]) > 0
                || doc.analysis.countLower(inflect(t, true).split(" ")[1]) > 0;
        return first && second;
    }

    private static String synonymy(Candidate c, String[] t) {
        List<String> parts = new ArrayList<>();
        if (!c.a().equals(t[0])) {
            parts.add("'" + c.a() + "'~'" + t[0] + "'");
        }
        if (!c.b().equals(t[1])) {
            parts.add("'" + c.b() + "'~'" + t[1] + "'");
        }
        return String.join(" and ", parts) + " are WordNet synonyms";
    }

    private static Hit hit(TextView view, Candidate c, String found, String replacement, double confidence,
                           String reason, boolean flagOnly) {
        Token ta = view.get(c.first());
        Token tb = view.get(c.first() + 1);
        int start = ta.start();
        String cased = ta.capitalised() && tb.capitalised() ? title(replacement)
                : ta.capitalised() ? PhraseTable.capitalise(replacement) : replacement;
        Token article = view.at(c.first() - 1);
        if (!flagOnly && article != null && (article.lower().equals("a") || article.lower().equals("an"))
                && view.gapBefore(c.first()).equals(" ")) {
            String wanted = Articles.indefinite(replacement);
            if (!wanted.equals(article.lower())) {
                start = article.start();
                cased = (article.capitalised() ? PhraseTable.capitalise(wanted) : wanted) + " " + cased;
            }
        }
        return new Hit(start, tb.end(), cased, RULE, confidence, "'" + found + "' reads as a spun '" + replacement
                + "': " + reason, flagOnly, false);
    }

    private static String title(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : s.split(" ")) {
            sb.append(sb.length() > 0 ? " " : "").append(PhraseTable.capitalise(w));
        }
        return sb.toString();
    }

    /** The collocation with its last word plural when the spun phrase's was. */
    private static String inflect(String[] t, boolean plural) {
        String last = t[1];
        if (plural && !last.endsWith("s")) {
            if (last.endsWith("man")) {
                last = last.substring(0, last.length() - 3) + "men";
            } else if (last.endsWith("y") && last.length() > 1 && "aeiou".indexOf(last.charAt(last.length() - 2)) < 0) {
                last = last.substring(0, last.length() - 1) + "ies";
            } else if (last.endsWith("sh") || last.endsWith("ch") || last.endsWith("x") || last.endsWith("z")) {
                last = last + "es";
            } else {
                last = last + "s";
            }
        }
        return t[0] + " " + last;
    }
}
