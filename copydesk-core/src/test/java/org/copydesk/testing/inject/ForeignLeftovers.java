package org.copydesk.testing.inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.copydesk.stage.foreign.EnglishWords;
import org.copydesk.testing.TestResources;

/**
 * A word a translator left in its source language: a common noun after "the" is put back
 * into Spanish, Portuguese, French, Italian or German ("the agreement was signed" → "the
 * acuerdo was signed"), one source language per document, as a translated article has.
 *
 * <p>The foreign words come from the curated glossaries ({@code dictionaries/glossary/<lang>.tsv},
 * read in reverse: every foreign noun glossed by the English noun, one at random; none that
 * English spells too, as "pace" or "Welt"), so what
 * this measures is detection in an English sentence, the choice of sense among the foreign
 * word's glosses and the English form, not the glossaries' coverage.
 */
public final class ForeignLeftovers implements DefectInjector {
    private static final List<String> LANGUAGES = List.of("es", "pt", "fr", "it", "de");
    /** A lower-case word of four letters or more after "the", ending at a word boundary. */
    private static final Pattern NOUN_AFTER_THE = Pattern.compile("(?<=\\bthe )(\\p{Ll}{4,})(?![\\p{L}'’-])");
    private final Map<String, Map<String, List<String>>> foreignByEnglish = new TreeMap<>();
    private int injected;

    public ForeignLeftovers() {
        EnglishWords english = EnglishWords.load();
        for (String language : LANGUAGES) {
            Map<String, List<String>> nouns = new TreeMap<>();
            for (TestResources.Row line : TestResources.rows("/dictionaries/glossary/" + language + ".tsv")) {
                String[] row = line.cells();
                if (row.length < 3) {
                    continue;
                }
                String foreign = row[0];
                String gloss = row[2];
                // a foreign word English also spells ("pace", "Welt": welt) is no leftover anyone can tell
                if (row[1].equals("n") && !gloss.equals("-") && foreign.chars().allMatch(Character::isLetter)
                        && gloss.chars().allMatch(Character::isLetter)
                        && !english.contains(foreign.toLowerCase(Locale.ROOT)) && !english.contains(foreign)) {
                    nouns.computeIfAbsent(gloss, e -> new ArrayList<>()).add(foreign);
                }
            }
            foreignByEnglish.put(language, nouns);
        }
    }

    @Override
    public String family() {
        return "foreign";
    }

    /**
     * The language rotates every {@link InjectedDefects#PARAGRAPHS_PER_DOCUMENT} injections, so
     * each measured document is a translation from one language.
     */
    @Override
    public Optional<Injection> inject(String paragraph, Random random) {
        String language = LANGUAGES.get(injected / InjectedDefects.PARAGRAPHS_PER_DOCUMENT % LANGUAGES.size());
        Map<String, List<String>> nouns = foreignByEnglish.get(language);
        List<MatchResult> places = DefectInjector.matches(NOUN_AFTER_THE, paragraph).stream()
                .filter(m -> nouns.containsKey(m.group(1))).toList();
        Optional<Injection> injection = DefectInjector.pick(places, random).map(m -> {
            List<String> foreign = nouns.get(m.group(1));
            return Injection.replacing(family(), paragraph, m.start(1), m.end(1),
                    foreign.get(random.nextInt(foreign.size())));
        });
        injection.ifPresent(i -> injected++);
        return injection;
    }
}
