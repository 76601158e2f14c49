package org.copydesk.testing.inject;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.copydesk.dict.Dictionaries;
import org.copydesk.lexicon.NameLexicon;
import org.copydesk.lexicon.NameScripts;
import org.copydesk.stage.foreign.EnglishWords;

/**
 * A name respelled the way machine translation and transliteration respell names: one
 * romanisation difference of the kinds issue 13 lists (w/v, j/y/i, the endings -y/-i/-iy/-yy,
 * ou/u, sch/sh, ch/tch, kh/h, dj/j, ï/i, an accent added or dropped), or, for a listed person
 * whose native name is Cyrillic, the name rendered in Cyrillic (ICU Latin-Cyrillic). The
 * expected fix is the spelling the clean text had.
 *
 * <p>The name is found by general means, not from a list of strings copydesk was fitted to:
 * <ul>
 * <li>a capitalised word of a person or place of the names lexicon ({@code names.tsv}: "Washington",
 * "Beijing", "Putin"), which the house style spells; or</li>
 * <li>a capitalised word that is no English word and that the document written so far (the earlier
 * paragraphs of the same measured document, as injected, and this paragraph) writes at least twice
 * more mid-sentence in the same spelling: the document's own spelling is then the evidence.</li>
 * </ul>
 * Words that are English in lower case ("China", "Bush", "Moon") are left out, and so is a
 * respelling that is itself an English word or a word of another listed name: no copy editor can
 * tell "Busch" from Bush without knowing the story.
 *
 * <p>What this measures, honestly: recall on the listed romanisation differences (which are also
 * what copydesk's transliteration key folds; other differences, as Turkish c for dj, German ch for
 * kh or French ch for sh, are not injected), for names the lexicon knows or the document repeats. A
 * name written once and unknown to the lexicon has no evidence of its spelling and is not injected.
 * The speeches mostly name American places and people and few foreign leaders, so the listed part is
 * mostly places (Washington, Korea, Baghdad, Russia), the Cyrillic rendering hardly ever fires, and
 * the document's own names are mostly America, American(s), Afghanistan and Medicare; an accent fits
 * every word while the other kinds need their letters, so about three in four defects are accents
 * added (or ï). That copydesk leaves names consistent in the clean document alone is checked by the
 * harness judging against the clean document's own output (a respelled clean name makes the
 * paragraphs differ); that it leaves two different people with near names apart is the business of
 * the names examples, not of this measure.
 */
public final class NameRespellings implements DefectInjector {
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{M}'’.-])\\p{Lu}\\p{Ll}+(?![\\p{L}\\p{M}'’-])");
    private static final int MIN_LETTERS = 4;
    private static final int MIN_UNLISTED_LETTERS = 5;
    /** Occurrences of an unlisted name, besides the respelled one, that make its spelling the document's. */
    private static final int DOCUMENT_USES = 2;
    /** One respelling of a kind: a pattern on the lower-case word and what a match becomes. */
    private record Respelling(String kind, Pattern pattern, String replacement) {
        Respelling(String kind, String regex, String replacement) {
            this(kind, Pattern.compile(regex), replacement);
        }
    }

    /** The kinds are drawn evenly among those that fit the word, so accents (which fit every word) do not crowd out the rest. */
    private static final List<Respelling> RESPELLINGS = List.of(
            new Respelling("w/v", "w", "v"), new Respelling("w/v", "v", "w"),
            new Respelling("j/y/i", "(?<=[aeiou])y(?=[aeiou])", "j"), new Respelling("j/y/i", "^y", "j"),
            new Respelling("j/y/i", "j", "y"),
            new Respelling("-y/-i/-iy/-yy", "(?<=[^aeiou])y$", "i"), new Respelling("-y/-i/-iy/-yy", "(?<=[^aeiou])y$", "yy"),
            new Respelling("-y/-i/-iy/-yy", "(?<=[^aeiou])y$", "iy"), new Respelling("-y/-i/-iy/-yy", "(?<=[^aeiou])i$", "y"),
            new Respelling("ou/u", "ou", "u"), new Respelling("ou/u", "(?<=[^aeiou])u(?=[^aeiou])", "ou"),
            new Respelling("sch/sh", "sch", "sh"), new Respelling("sch/sh", "sh", "sch"),
            new Respelling("ch/tch", "tch", "ch"), new Respelling("ch/tch", "(?<![st])ch", "tch"),
            new Respelling("kh/h", "kh", "h"), new Respelling("dj/j", "dj", "j"),
            new Respelling("dj/j", "(?<=^|[aeiou])j", "dj"),
            new Respelling("ï/i", "ï", "i"), new Respelling("ï/i", "(?<=[aeou])i", "ï"),
            new Respelling("accents", "[áéíóú]", ""),
            new Respelling("accents", "(?<=[^aeiou])[aeiou](?=[^aeiou]|$)", "´"));
    /** A run of capitalised words, which a listed name must fill (after leading English words: "In", "President"). */
    private static final Pattern CAPITALISED_RUN = Pattern.compile(
            "(?<![\\p{L}\\p{M}'’.-])\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)*(?![\\p{L}\\p{M}'’-])");
    private static final Transliterator TO_CYRILLIC = Transliterator.getInstance("Latin-Cyrillic");

    private final NameLexicon names = NameLexicon.load(Dictionaries.bundled());
    private final EnglishWords english = EnglishWords.load();
    /** The dirty paragraphs of the document being made (the measured one), for the document's own spelling. */
    private final List<String> document = new ArrayList<>();
    /** Names already respelled in that document: each is respelled once, so the document's spelling stays the majority. */
    private final java.util.Set<String> respelled = new java.util.HashSet<>();

    @Override
    public String family() {
        return "names";
    }

    @Override
    public Optional<Injection> inject(String paragraph, Random random) {
        return inject(paragraph, new Place(0, 1, List.of()), random);
    }

    @Override
    public Optional<Injection> inject(String paragraph, Place place, Random random) {
        if (place.index() == 0) {
            document.clear();
            respelled.clear();
        }
        java.util.Set<Integer> listedWords = listedWords(paragraph);
        List<MatchResult> places = DefectInjector.matches(CAPITALISED, paragraph).stream()
                .filter(m -> m.group().length() >= MIN_LETTERS && !englishWord(m.group()) && !respelled.contains(m.group()))
                .filter(m -> listedWords.contains(m.start()) || documentSpelling(paragraph, m)).toList();
        List<MatchResult> order = new ArrayList<>(places);
        java.util.Collections.shuffle(order, random);
        for (MatchResult m : order) {
            Optional<String> respelling = respell(m.group(), random);
            if (respelling.isPresent()) {
                Injection injection = Injection.replacing(family(), paragraph, m.start(), m.end(), respelling.get());
                document.add(injection.dirty());
                this.respelled.add(m.group());
                return Optional.of(injection);
            }
        }
        return Optional.empty();
    }

    private boolean englishWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return english.contains(lower) || english.contains(Normalizer.normalize(lower, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", ""));
    }

    /**
     * Where the words of a listed person's or place's spelling start, when a run of capitalised words is that
     * spelling (after leading English words: "In Washington", not "George Washington", another person).
     */
    private java.util.Set<Integer> listedWords(String paragraph) {
        java.util.Set<Integer> starts = new java.util.HashSet<>();
        for (MatchResult run : DefectInjector.matches(CAPITALISED_RUN, paragraph)) {
            String text = run.group();
            int offset = run.start();
            while (true) {
                String name = text;
                boolean isListed = names.lookup(name).filter(e -> e.type().equals("person") || e.type().equals("place"))
                        .filter(e -> e.canonical().equals(name) || e.variants().contains(name)).isPresent();
                if (isListed) {
                    int at = offset;
                    for (String word : name.split(" ")) {
                        starts.add(at);
                        at += word.length() + 1;
                    }
                    break;
                }
                int space = text.indexOf(' ');
                if (space < 0 || !englishWord(text.substring(0, space))) {
                    break;
                }
                offset += space + 1;
                text = text.substring(space + 1);
            }
        }
        return starts;
    }

    /** An unlisted name the document so far writes {@link #DOCUMENT_USES} more times mid-sentence. */
    private boolean documentSpelling(String paragraph, MatchResult m) {
        if (m.group().length() < MIN_UNLISTED_LETTERS || !midSentence(paragraph, m.start())) {
            return false;
        }
        int uses = -1;
        List<String> texts = new ArrayList<>(document);
        texts.add(paragraph);
        for (String text : texts) {
            for (MatchResult other : DefectInjector.matches(CAPITALISED, text)) {
                if (other.group().equals(m.group()) && midSentence(text, other.start())) {
                    uses++;
                }
            }
        }
        return uses >= DOCUMENT_USES;
    }

    private static boolean midSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '“')) {
            i--;
        }
        return i >= 0 && ".!?:".indexOf(text.charAt(i)) < 0;
    }

    /** One respelling of the word at a random fitting place, or empty when none makes a new non-word. */
    private Optional<String> respell(String word, Random random) {
        if (cyrillicNative(word) && random.nextInt(3) == 0) {
            return Optional.of(TO_CYRILLIC.transliterate(word));
        }
        String lower = word.toLowerCase(Locale.ROOT);
        java.util.Map<String, List<String>> byKind = new java.util.LinkedHashMap<>();
        for (Respelling r : RESPELLINGS) {
            List<MatchResult> at = r.pattern().matcher(lower).results().toList();
            if (at.isEmpty()) {
                continue;
            }
            MatchResult one = at.get(random.nextInt(at.size()));
            String replacement = r.replacement().equals("´")
                    ? Normalizer.normalize(one.group() + "\u0301", Normalizer.Form.NFC) : r.replacement();
            if (r.replacement().isEmpty()) {
                replacement = Normalizer.normalize(one.group(), Normalizer.Form.NFD).substring(0, 1);
            }
            String respelling = lower.substring(0, one.start()) + replacement + lower.substring(one.end());
            respelling = respelling.substring(0, 1).toUpperCase(Locale.ROOT) + respelling.substring(1);
            if (!respelling.equalsIgnoreCase(word) && !englishWord(respelling) && !names.isNameToken(respelling)) {
                byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(respelling);
            }
        }
        return DefectInjector.pick(new ArrayList<>(byKind.values()), random).flatMap(kind -> DefectInjector.pick(kind, random));
    }

    private boolean cyrillicNative(String word) {
        return names.entities().stream().filter(e -> e.type().equals("person") && e.surname().equals(word))
                .anyMatch(e -> e.nativeForms().stream()
                        .anyMatch(n -> NameScripts.scriptOf(n) == NameScripts.Script.CYRILLIC));
    }
}
