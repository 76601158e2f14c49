package org.copydesk.stage.artifacts.spin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1 (extJWNL, bundled data) as the spin reversal needs it: the
 * two-word terms of the index (by first and by last word) and how two single
 * words relate. Opened once per JVM on first use ({@link #get()}), since a
 * document without a candidate phrase never needs it; word look-ups are cached.
 * extJWNL's file dictionary is not meant for concurrent readers, so every read of it holds this object's
 * lock; what a read finds is remembered in concurrent maps, so the worker threads of a batch ask the
 * dictionary (and wait for each other) only for a word no thread has asked about before.
 */
public final class WordNetLexicon {
    private static final Pattern GLOSS_WORD = Pattern.compile("[a-z]{4,}");
    /** Gloss words that say nothing about a sense. */
    private static final Set<String> GLOSS_STOP = Set.of("that", "this", "with", "from", "which", "being", "have",
            "their", "they", "into", "used", "such", "other", "some", "more", "most", "especially", "usually",
            "something", "someone", "person", "people", "state", "quality", "part", "form", "kind", "type",
            "make", "made", "having", "where", "when", "very", "each", "characterized", "relating", "etc");

    private static volatile WordNetLexicon instance;

    private final Dictionary dictionary;
    private final Set<String> terms = new HashSet<>();
    private final Map<String, List<String>> secondsByFirst = new HashMap<>();
    private final Map<String, List<String>> firstsBySecond = new HashMap<>();
    private final Map<String, Senses> senses = new ConcurrentHashMap<>();
    /** Answers of the other look-ups, by method and arguments (a noun base form, a sense use, ...). */
    private final Map<String, Object> answers = new ConcurrentHashMap<>();
    /** A remembered null. */
    private static final Object NONE = new Object();
    private final long loadMillis;
    private final long loadBytes;

    /** What one word's synsets offer: synonyms, near neighbours, and gloss words. */
    private record Senses(Set<String> strong, Set<String> near, Set<String> gloss) {
    }

    private WordNetLexicon() throws JWNLException {
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        dictionary = Dictionary.getDefaultResourceInstance();
        List<String> bundled = bundledTerms();
        // the bundled list is the index's own terms (WordNetTermsTest keeps it so): reading it costs a
        // tenth of parsing all 155,000 index lines, which every short run paid
        (bundled != null ? bundled : indexTerms(dictionary)).forEach(this::addTerm);
        loadMillis = (System.nanoTime() - t0) / 1_000_000;
        loadBytes = Math.max(0, rt.totalMemory() - rt.freeMemory() - before);
    }

    /** The two-word terms of WordNet's index, derived once from it (see {@link #indexTerms}). */
    static final String BUNDLED_TERMS = "/dictionaries/artifacts/wordnet-terms.txt";

    /** The bundled term list, or null when the jar has none (the index is read instead). */
    private static List<String> bundledTerms() {
        java.io.InputStream in = WordNetLexicon.class.getResourceAsStream(BUNDLED_TERMS);
        if (in == null) {
            return null;
        }
        try (java.io.BufferedReader r = new java.io.BufferedReader(
                new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + BUNDLED_TERMS, e);
        }
    }

    /**
     * The two-word terms of letters only of WordNet's index, lower-cased, each once, in the index's order
     * (by part of speech, then alphabetical): what the lexicon keeps, and what the bundled list holds.
     */
    public static List<String> indexTerms(Dictionary dictionary) throws JWNLException {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (POS pos : POS.getAllPOS()) {
            Iterator<IndexWord> it = dictionary.getIndexWordIterator(pos);
            while (it.hasNext()) {
                String t = termOf(it.next().getLemma());
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The lemma as a two-word term of letters only, lower-cased ("breast cancer"), or null ("A-bomb", "e.g."). */
    private static String termOf(String lemma) {
        String t = lemma.toLowerCase(Locale.ROOT);
        int sp = t.indexOf(' ');
        if (sp <= 0 || t.indexOf(' ', sp + 1) >= 0 || !t.chars().allMatch(c -> c == ' ' || Character.isLetter(c))) {
            return null;
        }
        return t;
    }

    /** The JVM's lexicon, opened on the first call. */
    public static WordNetLexicon get() {
        WordNetLexicon w = instance;
        if (w == null) {
            synchronized (WordNetLexicon.class) {
                w = instance;
                if (w == null) {
                    try {
                        w = new WordNetLexicon();
                    } catch (JWNLException e) {
                        throw new IllegalStateException("WordNet data could not be opened", e);
                    }
                    instance = w;
                }
            }
        }
        return w;
    }

    /** True once the lexicon has been opened in this JVM (for measurements). */
    public static boolean loaded() {
        return instance != null;
    }

    private void addTerm(String lemma) {
        String t = termOf(lemma);
        if (t == null) {
            return;
        }
        int sp = t.indexOf(' ');
        if (terms.add(t.intern())) {
            String first = t.substring(0, sp).intern();
            String second = t.substring(sp + 1).intern();
            secondsByFirst.computeIfAbsent(first, k -> new ArrayList<>(2)).add(second);
            firstsBySecond.computeIfAbsent(second, k -> new ArrayList<>(2)).add(first);
        }
    }

    public long loadMillis() {
        return loadMillis;
    }

    /** Heap the term index took when it was built (approximate: other threads allocate too). */
    public long loadBytes() {
        return loadBytes;
    }

    public int termCount() {
        return terms.size();
    }

    public boolean isTerm(String first, String second) {
        return terms.contains(first + " " + second);
    }

    /** True when the two-word term has a noun sense ("armed forces", "health care"; not "give way"). */
    public boolean isNounTerm(String term) {
        return terms.contains(term) && (Boolean) remembered("noun-term " + term, () -> {
            try {
                return dictionary.getIndexWord(POS.NOUN, term) != null;
            } catch (JWNLException e) {
                return false;
            }
        });
    }

    /**
     * The answer remembered under {@code key}, or {@code read}'s, read from the dictionary under this object's
     * lock and remembered (null as {@link #NONE}).
     */
    private Object remembered(String key, Supplier<Object> read) {
        Object known = answers.get(key);
        if (known == null) {
            synchronized (this) {
                known = answers.get(key);
                if (known == null) {
                    Object fresh = read.get();
                    known = fresh == null ? NONE : fresh;
                    answers.put(key, known);
                }
            }
        }
        return known == NONE ? null : known;
    }

    /**
     * How often writers use {@code w} in a sense it shares with {@code t}: the largest SemCor tag count
     * of w in a synset that also holds t (as noun, or adjective unless {@code nounOnly}); -1 when they
     * share no sense at all. An adjective in a synset similar to one of t's ("unhampered", similar to
     * free) counts with its use in that synset. A spinner swaps in a synonym blind to the sense, so the
     * word it writes is often one nobody uses in that sense ("tutelage" for care: 0). {@code similar}: whether
     * similar-to adjectives count.
     */
    public int sharedSenseUse(String w, String t, boolean nounOnly, boolean similar) {
        return (Integer) remembered("shared " + w + " " + t + " " + nounOnly + " " + similar,
                () -> readSharedSenseUse(w, t, nounOnly, similar));
    }

    private int readSharedSenseUse(String w, String t, boolean nounOnly, boolean similar) {
        int best = -1;
        for (POS pos : nounOnly ? List.of(POS.NOUN) : List.of(POS.NOUN, POS.ADJECTIVE)) {
            IndexWord iw = lookup(pos, w);
            if (iw == null) {
                continue;
            }
            String own = iw.getLemma().toLowerCase(Locale.ROOT);
            for (Synset s : iw.getSenses()) {
                Word mine = null;
                boolean shared = false;
                for (Word x : s.getWords()) {
                    String lemma = x.getLemma().toLowerCase(Locale.ROOT);
                    if (lemma.equals(own)) {
                        mine = x;
                    } else if (lemma.equals(t)) {
                        shared = true;
                    }
                }
                if (!shared && similar && pos == POS.ADJECTIVE) {
                    shared = similarHolds(s, t);
                }
                if (shared && mine != null) {
                    best = Math.max(best, mine.getUseCount());
                }
            }
        }
        return best;
    }

    private static boolean similarHolds(Synset s, String t) {
        for (Pointer p : s.getPointers(PointerType.SIMILAR_TO)) {
            try {
                for (Word x : p.getTargetSynset().getWords()) {
                    if (x.getLemma().equalsIgnoreCase(t)) {
                        return true;
                    }
                }
            } catch (JWNLException e) {
                // a broken pointer only loses one neighbour
            }
        }
        return false;
    }

    /** The SemCor tag count of a word over all its noun (and adjective) senses: how much writers use it at all. */
    public int totalUse(String w, boolean nounOnly) {
        return (Integer) remembered("total " + w + " " + nounOnly, () -> readTotalUse(w, nounOnly));
    }

    private int readTotalUse(String w, boolean nounOnly) {
        int total = 0;
        for (POS pos : nounOnly ? List.of(POS.NOUN) : List.of(POS.NOUN, POS.ADJECTIVE)) {
            IndexWord iw = lookup(pos, w);
            if (iw == null) {
                continue;
            }
            for (Synset s : iw.getSenses()) {
                for (Word x : s.getWords()) {
                    if (x.getLemma().equalsIgnoreCase(iw.getLemma())) {
                        total += x.getUseCount();
                    }
                }
            }
        }
        return total;
    }

    public List<String> secondsAfter(String first) {
        return secondsByFirst.getOrDefault(first, List.of());
    }

    public List<String> firstsBefore(String second) {
        return firstsBySecond.getOrDefault(second, List.of());
    }

    /**
     * The single-word synonyms of a word as a noun or adjective: its synsets' lemmas and similar adjectives,
     * sorted: callers take the first that fits (a candidate collocation, another sense the document writes), and
     * the order extJWNL hands senses back in is not the same from run to run, so neither were their reports.
     */
    public Set<String> synonyms(String word, boolean nounOnly) {
        Set<String> out = new java.util.TreeSet<>(senses(word, POS.NOUN).strong());
        if (!nounOnly) {
            out.addAll(senses(word, POS.ADJECTIVE).strong());
        }
        return out;
    }

    /**
     * How text word w stands to collocation word t as nouns (and, unless
     * {@code nounOnly}, adjectives). Verbs never count: a spinner's noun phrase
     * keeps its parts of speech, and verb senses ("rose" of rise) link nearly anything.
     */
    public Relation relation(String w, String t, boolean nounOnly) {
        if (w.equals(t)) {
            return Relation.SAME;
        }
        Relation best = Relation.NONE;
        for (POS pos : nounOnly ? List.of(POS.NOUN) : List.of(POS.NOUN, POS.ADJECTIVE)) {
            Senses sw = senses(w, pos);
            Senses st = senses(t, pos);
            if (sw.strong().contains(t) || st.strong().contains(w)) {
                return Relation.STRONG;
            }
            // one is a kind of the other ("bosom" under breast, "tumor" under growth) or of its synonym
            // ("bust" under chest, a synonym of breast), a word of the other's multi-word synonym ("disease" of malignant neoplastic disease), or one gloss names the other
            if (sw.near().contains(t) || st.near().contains(w) || st.gloss().contains(w) || sw.gloss().contains(t)
                    || sharesAny(sw.near(), st.strong())) {
                best = Relation.WEAK;
            }
        }
        return best;
    }

    /**
     * True when noun w is a kind of t or t of w, or shares a synonym with t's hypernyms
     * ("tumor" and "cancer", "disease" and cancer's "malignant neoplastic disease"): the
     * taxonomic part of {@link #relation}, without its gloss words, which link loosely
     * ("cells" is named in the gloss of cancer but is no kind of it).
     */
    public boolean kindOf(String w, String t) {
        if (w.equals(t)) {
            return false;
        }
        Senses sw = senses(w, POS.NOUN);
        Senses st = senses(t, POS.NOUN);
        return sw.strong().contains(t) || st.strong().contains(w) || sw.near().contains(t) || st.near().contains(w)
                || sharesAny(sw.near(), st.strong());
    }

    /**
     * True when the definition of a two-word term uses w ("breast cancer":
     * "one of the most common malignancies in women"): the term's own gloss
     * names what a spinner may have put in its place.
     */
    public boolean inTermGloss(String term, String w) {
        return senses(term, POS.NOUN).gloss().contains(w);
    }

    private static boolean sharesAny(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** The base forms WordNet knows for a word (nouns first), the word itself when it knows none. */
    @SuppressWarnings("unchecked")
    public List<String> baseForms(String word) {
        return (List<String>) remembered("bases " + word, () -> readBaseForms(word));
    }

    private List<String> readBaseForms(String word) {
        List<String> out = new ArrayList<>();
        for (POS pos : List.of(POS.NOUN, POS.ADJECTIVE, POS.VERB, POS.ADVERB)) {
            IndexWord iw = lookup(pos, word);
            if (iw != null && !out.contains(iw.getLemma())) {
                out.add(iw.getLemma().toLowerCase(Locale.ROOT));
            }
        }
        if (out.isEmpty()) {
            out.add(word);
        }
        return List.copyOf(out);
    }

    /** The noun base form of a word when it differs from the word ("tumors" -> "tumor"), else null. */
    public String nounBase(String word) {
        return (String) remembered("noun-base " + word, () -> readNounBase(word));
    }

    private String readNounBase(String word) {
        IndexWord iw = lookup(POS.NOUN, word);
        if (iw == null) {
            return null;
        }
        String base = iw.getLemma().toLowerCase(Locale.ROOT);
        return base.equals(word) ? null : base;
    }

    private IndexWord lookup(POS pos, String word) {
        try {
            return dictionary.lookupIndexWord(pos, word);
        } catch (JWNLException e) {
            return null;
        }
    }

    private Senses senses(String word, POS pos) {
        String key = pos.getKey() + word;
        Senses known = senses.get(key);
        if (known != null) {
            return known;
        }
        synchronized (this) {
            return senses.computeIfAbsent(key, k -> readSenses(word, pos));
        }
    }

    private Senses readSenses(String word, POS pos) {
        Set<String> strong = new HashSet<>();
        Set<String> near = new HashSet<>();
        Set<String> gloss = new HashSet<>();
        IndexWord iw = lookup(pos, word);
        if (iw != null) {
            for (Synset s : iw.getSenses()) {
                addLemmas(s, strong, near);
                addGloss(s, gloss);
                for (Pointer p : s.getPointers()) {
                    PointerType type = p.getType();
                    try {
                        if (type == PointerType.SIMILAR_TO) {
                            addLemmas(p.getTargetSynset(), strong, near);
                        } else if (type == PointerType.HYPERNYM) {
                            addLemmas(p.getTargetSynset(), near, near);
                        }
                    } catch (JWNLException e) {
                        // a broken pointer only loses one neighbour
                    }
                }
            }
        }
        strong.remove(word);
        if (iw != null) {
            // the word's own base form is an inflection of it, not a synonym ("freer" of free)
            strong.remove(iw.getLemma().toLowerCase(Locale.ROOT));
        }
        return new Senses(Set.copyOf(strong), Set.copyOf(near), Set.copyOf(gloss));
    }

    /** Single-word lemmas go to {@code words}; the words of multi-word lemmas are near ("malignant neoplastic disease"). */
    private static void addLemmas(Synset s, Set<String> words, Set<String> parts) {
        for (Word w : s.getWords()) {
            String lemma = w.getLemma().toLowerCase(Locale.ROOT);
            if (lemma.indexOf(' ') < 0) {
                words.add(lemma);
            } else {
                for (String part : lemma.split(" ")) {
                    parts.add(part);
                }
            }
        }
    }

    /** The content words of the definition, without its quoted examples; plurals also singular. */
    private static void addGloss(Synset s, Set<String> gloss) {
        String g = s.getGloss().toLowerCase(Locale.ROOT);
        int quote = g.indexOf('"');
        Matcher m = GLOSS_WORD.matcher(quote < 0 ? g : g.substring(0, quote));
        while (m.find()) {
            String w = m.group();
            if (GLOSS_STOP.contains(w)) {
                continue;
            }
            gloss.add(w);
            if (w.endsWith("ies")) {
                gloss.add(w.substring(0, w.length() - 3) + "y");
            } else if (w.endsWith("s") && !w.endsWith("ss")) {
                gloss.add(w.substring(0, w.length() - 1));
            }
        }
    }
}
