package org.copydesk.testing.inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.lexicon.EnglishLexicon;
import org.copydesk.stage.artifacts.spin.WordNetLexicon;
import org.copydesk.testing.CleanEnglish;

/**
 * An article spinner's work on an established English term: a two-word noun term of
 * WordNet 3.1 written in the paragraph ("health care", "armed forces", "middle class",
 * "nuclear weapons") gets one of its words replaced by a thesaurus synonym, chosen blind to
 * the sense as spinners choose ("armed powers", "health charge", "domestic furiousness"); a
 * plural head stays plural. Both words swapped at once are not injected: reversing those
 * from WordNet alone leads to too many terms ("last year" ~ "senior class") to be measured
 * as a fix.
 *
 * <p>Only spins that make a phrase no English writer uses are kept: the spun phrase must not
 * be a WordNet term itself, nor a word pair written anywhere in the 650,000 words of clean
 * modern English ({@code target/modern-english}), nor keep a word that is a function word.
 * The expected fix is the original term.
 *
 * <p>Honest scope: the thesaurus is WordNet's synsets, read through the same
 * {@link WordNetLexicon} that the corrector (SPIN_COLLOCATION) uses to reverse spins, and the
 * terms are WordNet's own two-word terms. So what this measures is the reversal of synonym
 * spins of WordNet collocations: detection of the improbable phrase, the choice among the
 * collocations it may come from, and precision around it. The coverage of our own term
 * tables ({@code collocations.tsv}) and of real spinners' thesauri is not measured.
 */
public final class SpunTerms implements DefectInjector {
    /** Two adjacent lower-case words, the second possibly plural; overlapping matches via lookahead. */
    private static final Pattern PAIR = Pattern.compile("(?<![\\p{L}'’-])(?=(\\p{Ll}{3,}) (\\p{Ll}{3,})(?![\\p{L}'’-]))");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> FUNCTION = Set.of("the", "and", "for", "but", "nor", "yet", "with", "from",
            "this", "that", "these", "those", "there", "their", "they", "them", "than", "his", "her", "its", "our",
            "your", "who", "which", "what", "when", "where", "how", "all", "any", "some", "each", "every", "not",
            "are", "was", "were", "been", "has", "have", "had", "can", "will", "would", "should", "may", "must",
            "one", "two", "three", "more", "most", "much", "many", "other", "same", "own", "such", "very", "just");

    private WordNetLexicon wn;
    private EnglishLexicon english;
    private final Set<String> writtenPairs = new HashSet<>();

    /** Opens WordNet, the lexicon and the corpus's word pairs on the first injection, not when listed. */
    private void load() {
        if (wn != null) {
            return;
        }
        wn = WordNetLexicon.get();
        english = EnglishLexicon.load();
        // every word pair of clean modern English: a spin that makes one of them is a phrase writers use
        for (Path file : CleanEnglish.files(CleanEnglish.MODERN_DIR)) {
            try {
                Matcher m = WORD.matcher(Files.readString(file, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
                String previous = null;
                while (m.find()) {
                    String w = m.group();
                    if (previous != null) {
                        writtenPairs.add(previous + " " + w);
                    }
                    previous = w;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public String family() {
        return "spinner";
    }

    /** A term written in the paragraph: its span, its two words, the head's base form, whether plural. */
    private record Place(int start, int end, String first, String second, String base, boolean plural) {
    }

    @Override
    public Optional<Injection> inject(String paragraph, Random random) {
        load();
        List<Place> places = new ArrayList<>();
        Matcher m = PAIR.matcher(paragraph);
        while (m.find()) {
            String a = m.group(1);
            String b = m.group(2);
            if (FUNCTION.contains(a) || FUNCTION.contains(b)) {
                continue;
            }
            String base = wn.nounBase(b);
            boolean plural = base != null && b.endsWith("s");
            String head = plural ? base : b;
            if (wn.isTerm(a, head) && wn.isNounTerm(a + " " + head)) {
                places.add(new Place(m.start(1), m.end(2), a, b, head, plural));
            }
        }
        // a random term, and of its spins a random one: a spinner rewrites the first term it can
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, random);
        for (int i : order) {
            Place p = places.get(i);
            List<String> spins = spins(p);
            if (!spins.isEmpty()) {
                String spin = spins.get(random.nextInt(spins.size()));
                return Optional.of(Injection.replacing(family(), paragraph, p.start(), p.end(), spin));
            }
        }
        return Optional.empty();
    }

    /** The spun phrases no writer uses: one or both words replaced by a single-word synonym. */
    private List<String> spins(Place p) {
        Set<String> firsts = new TreeSet<>(wn.synonyms(p.first(), false));
        Set<String> seconds = new TreeSet<>();
        for (String s : wn.synonyms(p.base(), true)) {
            String surface = p.plural() ? plural(s) : s;
            // the plural must be one WordNet reads back to the synonym ("powers" of power)
            if (surface != null) {
                seconds.add(surface);
            }
        }
        firsts.add(p.first());
        seconds.add(p.second());
        List<String> out = new ArrayList<>();
        for (String f : firsts) {
            for (String s : seconds) {
                // one word replaced: the spinner's unit is the word, and each term gets one swap
                boolean one = f.equals(p.first()) != s.equals(p.second());
                if (!one || !lowerWord(f) || !lowerWord(s) || FUNCTION.contains(f) || FUNCTION.contains(s)) {
                    continue;
                }
                String base = p.plural() ? wn.nounBase(s) : s;
                if (wn.isTerm(f, s) || base != null && wn.isTerm(f, base) || writtenPairs.contains(f + " " + s)) {
                    continue;
                }
                out.add(f + " " + s);
            }
        }
        return out;
    }

    private String plural(String noun) {
        String p = noun.endsWith("man") ? noun.substring(0, noun.length() - 3) + "men"
                : noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0
                ? noun.substring(0, noun.length() - 1) + "ies"
                : noun.endsWith("s") || noun.endsWith("sh") || noun.endsWith("ch") || noun.endsWith("x")
                ? noun + "es" : noun + "s";
        // WordNet's morphology reads "policemans" back too: the spelling must be an English word
        return noun.equals(wn.nounBase(p)) && english.isWord(p) ? p : null;
    }

    private static boolean lowerWord(String w) {
        return w.length() >= 3 && w.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }
}
